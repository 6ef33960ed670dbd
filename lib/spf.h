/*
 * spf.h: what the SPF files share (lib/spf.c evaluates RFC 7208
 * check_host(), lib/spf_macro.c expands RFC 7208 7 macros,
 * lib/spf_answer.c renders results).  Never installed.
 */
#ifndef MF_SPF_H
#define MF_SPF_H

#include <stddef.h>

#include "internal.h"

/* The connecting client, IPv4-mapped IPv6 already turned into IPv4
 * (RFC 7208 5: such clients are matched as IPv4). */
struct mf__spf_ip {
	int v6;
	unsigned char b[16];   /* 4 or 16 bytes used */
	char text[48];         /* %{c}: dotted quad or RFC 5952 text */
};

int mf__spf_ip_parse(const char *s, struct mf__spf_ip *ip);

/* What macros expand to (RFC 7208 7.3). */
struct mf__spf_macro_env {
	const char *sender;        /* %{s} */
	const char *local;         /* %{l} */
	const char *sender_domain; /* %{o} */
	const char *domain;        /* %{d}: the current domain */
	const char *helo;          /* %{h} */
	const struct mf__spf_ip *ip;
	const char *receiver;      /* %{r} */
	long long now;             /* %{t} */
	/* %{p}: the validated name; returns 0 with *out set, or 1 when the
	 * DNS answers it needs are not in yet. */
	int (*p_value)(void *arg, const char **out);
	void *p_arg;
};

#define MF__SPF_MACRO_PENDING 1
#define MF__SPF_MACRO_SYNTAX (-1)

/* Expand `len` bytes of a macro-string into out (appended).  `is_exp`:
 * an explain-string, where c, r, t and spaces are allowed (RFC 7208 6.2,
 * 7.1).  With env NULL the text is only checked.  Returns 0,
 * MF__SPF_MACRO_PENDING (%{p} needs DNS), MF__SPF_MACRO_SYNTAX with
 * *err_off the byte offset and *err_msg why, or MF_ENOMEM/MF_ETOOBIG. */
int mf__spf_macro_expand(const struct mf__spf_macro_env *env, const char *s,
			 size_t len, int is_exp, struct mf__buf *out,
			 size_t *err_off, const char **err_msg);

/* RFC 7208 7.1 domain-end: whether a domain-spec ends with a macro or
 * with "." toplabel ["."].  Returns NULL when it does, else why not. */
const char *mf__spf_domain_end_problem(const char *s, size_t len);

/* A result with the arena that owns its strings. */
struct mf__spf_result_impl {
	struct mf_spf_result pub;  /* first: the public view */
	struct mf__arena *arena;
	size_t steps_cap;
};

#endif
