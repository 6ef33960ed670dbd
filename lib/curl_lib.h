/*
 * curl_lib.h: the libcurl functions `mailfix probe` calls (probe.c),
 * internal to libmailfix.  libcurl is loaded when a probe first runs
 * (curl_lib.c), not when the program starts: the thirty libraries it
 * brings (Kerberos, LDAP, SSH, HTTP/2 ...) cost every start of every other
 * command 2 ms of CPU (perf stat of an empty program linked with and
 * without them, 2026-11-27).
 */
#ifndef MF_CURL_LIB_H
#define MF_CURL_LIB_H

#include <stddef.h>

#include <curl/curl.h>

struct mf__curl {
	CURL *(*easy_init)(void);
	CURLcode (*easy_setopt)(CURL *h, CURLoption option, ...);
	CURLcode (*easy_getinfo)(CURL *h, CURLINFO info, ...);
	void (*easy_cleanup)(CURL *h);
	const char *(*easy_strerror)(CURLcode rc);
	struct curl_slist *(*slist_append)(struct curl_slist *list, const char *s);
	void (*slist_free_all)(struct curl_slist *list);
	CURLM *(*multi_init)(void);
	CURLMcode (*multi_add_handle)(CURLM *m, CURL *h);
	CURLMcode (*multi_remove_handle)(CURLM *m, CURL *h);
	CURLMcode (*multi_perform)(CURLM *m, int *running);
	CURLMcode (*multi_poll)(CURLM *m, struct curl_waitfd extra[], unsigned int n_extra,
				int timeout_ms, int *n_fds);
	CURLMsg *(*multi_info_read)(CURLM *m, int *left);
	CURLMcode (*multi_cleanup)(CURLM *m);
};

/* libcurl, loaded and initialized (curl_global_init) once per process,
 * from any thread: NULL when it cannot be, with why in why[n]. */
const struct mf__curl *mf__curl_get(char *why, size_t n);

/* Load libcurl from `soname` into *api and start it: 0, or -1 with why
 * in why[n] (the library missing, or lacking a function probe calls).
 * mf__curl_get does it once per process; the tests, with other names. */
int mf__curl_load(const char *soname, struct mf__curl *api, char *why, size_t n);

#endif
