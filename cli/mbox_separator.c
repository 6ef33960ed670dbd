/*
 * mbox_separator.c: which mbox lines start a message.  `mailfix explain`
 * splits an mbox file at them (cmd_explain.c) and `mailfix serve`
 * counts an mbox body's messages by them (server/api_explain.c), so
 * that both read an export the same way.
 */
#include <string.h>

#include "cli.h"

/* Is an mbox line that starts "From " a separator?  RFC 4155's is
 * "From " SENDER DATE ("From MAILER-DAEMON Sat Nov 28 03:12:45 2026",
 * Thunderbird's "From - ...", Gmail Takeout's "From 18...@xxx Wed Nov 16
 * 18:30:30 +0000 2025"): after the sender it holds a time of day (h:mm)
 * and a year of four digits.  A body line a careless writer left
 * unquoted ("From what I understand, the invoice is due on Friday 12
 * December 2025.") has no time of day: not a separator. */
int cli_mbox_separator(const char *s, size_t n)
{
	size_t i = 5;
	int time = 0, year = 0;

	if (n < 5 || memcmp(s, "From ", 5) != 0)
		return 0;
	while (i < n && s[i] == ' ')
		i++;
	while (i < n && s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
		i++;
	for (; i < n; i++) {
		int d = s[i] >= '0' && s[i] <= '9';
		if (d && i + 3 < n && s[i + 1] == ':' && s[i + 2] >= '0' && s[i + 2] <= '9' &&
		    s[i + 3] >= '0' && s[i + 3] <= '9')
			time = 1;
		if (d && !(s[i - 1] >= '0' && s[i - 1] <= '9') && i + 4 <= n) {
			size_t k = i;
			while (k < n && s[k] >= '0' && s[k] <= '9')
				k++;
			if (k - i == 4)
				year = 1;
		}
	}
	return time && year;
}
