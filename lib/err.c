/*
 * err.c: error codes and the struct mf_error that carries what went wrong
 * to the caller (see MF_ERR_MAP in mailfix.h).  Used by every file of the
 * library; holds no state.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

const char *mf_code_name(int code)
{
	switch (code) {
	case 0:
		return "ok";
#define X(c, name, msg) \
	case c:         \
		return name;
		MF_ERR_MAP(X)
#undef X
	}
	return "unknown-error";
}

const char *mf_code_message(int code)
{
	switch (code) {
	case 0:
		return "success";
#define X(c, name, msg) \
	case c:         \
		return msg;
		MF_ERR_MAP(X)
#undef X
	}
	return "unknown error";
}

int mf__fail(struct mf_error *err, int code, const char *where,
	     const char *hint, const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return code;
	err->code = code;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof err->message, fmt, ap);
	va_end(ap);
	snprintf(err->hint, sizeof err->hint, "%s", hint ? hint : "");
	snprintf(err->where, sizeof err->where, "%s", where ? where : "");
	return code;
}
