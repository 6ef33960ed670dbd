/*
 * bounce_amazonses.c: Amazon SES notifications delivered by mail (SNS
 * "AWS Notification Message"): the body is one JSON object,
 * {"notificationType": "Bounce" | "DeliveryDelay" | "Complaint" | "Delivery",
 * ...}, with the recipients in bounce.bouncedRecipients (emailAddress,
 * action, status, diagnosticCode), deliveryDelay.delayedRecipients (the
 * same fields but action: a delay, reported while SES still retries),
 * complaint.complainedRecipients or delivery.recipients (and
 * delivery.smtpResponse).  Mail gateways wrap its long line, so line
 * breaks (and the "!" some insert before them) are removed before jansson
 * reads it.  Plain SES bounce messages (RFC 3464) need no code here.
 */
#include <string.h>

#include <jansson.h>

#include "explain.h"

#define MAX_JSON (256 * 1024)

static void copy(char *dst, size_t cap, const char *s)
{
	if (!s)
		s = "";
	mf__utf8_copy(dst, cap, s, strlen(s));
}

static const char *str(json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));

	return s ? s : "";
}

/* The recipients of a bounce or a delay: each one's address, status,
 * action (the given one when the notification's entries carry none) and
 * diagnosticCode. */
static int recipients(json_t *arr, const char *action, struct mf__rcpts *out)
{
	json_t *x;
	size_t i;

	json_array_foreach(arr, i, x) {
		const char *a = str(x, "emailAddress"), *diag = str(x, "diagnosticCode");
		struct mf__rcpt *r = mf__rcpts_add(out, a, strlen(a));

		if (!r)
			return MF_ENOMEM;
		copy(r->status, sizeof r->status, str(x, "status"));
		copy(r->action, sizeof r->action, action ? action : str(x, "action"));
		if (strncmp(diag, "smtp; ", 6) == 0)
			diag += 6;
		mf__buf_append_utf8(&r->diag, diag, strlen(diag));
	}
	return 0;
}

int mf__bounce_amazonses(const char *t, size_t len, struct mf__rcpts *out, const char **kind)
{
	const char *start = NULL, *end = NULL;
	struct mf__buf b;
	json_t *doc, *arr, *x;
	const char *type;
	size_t i;
	int rc = 0;

	*kind = NULL;
	for (size_t k = 0; k + 18 < len; k++)
		if (t[k] == '{' && memcmp(t + k + 1, "\"notificationType\"", 18) == 0) {
			start = t + k;
			break;
		}
	/* An SNS envelope ({"Type": "Notification", "Message": "{...}"})
	 * carries the notification as a JSON string. */
	if (!start)
		start = memchr(t, '{', len);
	if (!start)
		return 0;
	for (const char *p = t + len; p > start; p--)
		if (p[-1] == '}') {
			end = p;
			break;
		}
	if (!end)
		return 0;
	mf__buf_init(&b, MAX_JSON);
	for (const char *p = start; p < end && !b.failed; p++) {
		if (*p == '\r' || *p == '\n')
			continue;
		if (*p == '!' && p + 1 < end && (p[1] == '\n' || p[1] == '\r'))
			continue;
		/* the space that begins a wrapped line */
		if (*p == ' ' && p > start && p[-1] == '\n')
			continue;
		mf__buf_append(&b, p, 1);
	}
	doc = b.failed || !b.data ? NULL : json_loadb(b.data, b.len, 0, NULL);
	mf__buf_free(&b);
	if (!doc)
		return 0;
	if (json_is_string(json_object_get(doc, "Message"))) {
		const char *inner = json_string_value(json_object_get(doc, "Message"));
		json_t *d2 = json_loads(inner, 0, NULL);

		json_decref(doc);
		doc = d2;
		if (!doc)
			return 0;
	}
	type = str(doc, "notificationType");
	if (strcmp(type, "Bounce") == 0) {
		rc = recipients(json_object_get(json_object_get(doc, "bounce"), "bouncedRecipients"), NULL, out);
		*kind = "bounce";
	} else if (strcmp(type, "DeliveryDelay") == 0) {
		rc = recipients(json_object_get(json_object_get(doc, "deliveryDelay"), "delayedRecipients"), "delayed",
				out);
		*kind = "bounce";
	} else if (strcmp(type, "Complaint") == 0) {
		arr = json_object_get(json_object_get(doc, "complaint"), "complainedRecipients");
		json_array_foreach(arr, i, x) {
			const char *a = str(x, "emailAddress");
			if (!mf__rcpts_add(out, a, strlen(a))) {
				rc = MF_ENOMEM;
				break;
			}
		}
		*kind = "feedback";
	} else if (strcmp(type, "Delivery") == 0) {
		json_t *dl = json_object_get(doc, "delivery");
		const char *resp = str(dl, "smtpResponse");

		arr = json_object_get(dl, "recipients");
		json_array_foreach(arr, i, x) {
			const char *a = json_string_value(x);
			struct mf__rcpt *r = a ? mf__rcpts_add(out, a, strlen(a)) : NULL;
			if (!r) {
				rc = a ? MF_ENOMEM : 0;
				break;
			}
			copy(r->action, sizeof r->action, "delivered");
			mf__buf_append_utf8(&r->diag, resp, strlen(resp));
		}
		*kind = "delivered";
	}
	json_decref(doc);
	if (rc)
		return rc;
	return out->n ? 1 : 0;
}
