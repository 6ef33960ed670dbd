/*
 * mhd_lib.h: the libmicrohttpd functions `mailfix serve` calls (http.c,
 * serve.c, api_explain.c).  libmicrohttpd is loaded when serve starts
 * (mhd_lib.c), not when the program starts: it and the libraries it
 * brings (GnuTLS, nettle, p11-kit ...) cost every start of every other
 * command 2 ms of CPU and 5.8 M instructions of the dynamic loader (an
 * empty program linked with and without them, perf stat and callgrind,
 * 2026-11-28), as libcurl did (lib/curl_lib.c).
 */
#ifndef SRV_MHD_LIB_H
#define SRV_MHD_LIB_H

#include <stddef.h>
#include <stdint.h>

#include <microhttpd.h>

/* each function of the header's own type */
struct srv_mhd {
	__typeof__(MHD_start_daemon) *start_daemon;
	__typeof__(MHD_stop_daemon) *stop_daemon;
	__typeof__(MHD_quiesce_daemon) *quiesce_daemon;
	__typeof__(MHD_get_daemon_info) *get_daemon_info;
	__typeof__(MHD_get_connection_info) *get_connection_info;
	__typeof__(MHD_get_connection_values) *get_connection_values;
	__typeof__(MHD_lookup_connection_value) *lookup_connection_value;
	__typeof__(MHD_create_response_from_buffer) *create_response_from_buffer;
	__typeof__(MHD_add_response_header) *add_response_header;
	__typeof__(MHD_queue_response) *queue_response;
	__typeof__(MHD_destroy_response) *destroy_response;
};

/* libmicrohttpd, loaded once per process from any thread: NULL when it
 * cannot be, with why in why[n]. */
const struct srv_mhd *srv_mhd_load(char *why, size_t n);
/* The functions, once srv_mhd_load has given them (every caller runs
 * inside a daemon it started). */
const struct srv_mhd *srv_mhd(void);

#endif
