/*
 * spf_libspf2.c: the libspf2 anchor of bench/spf.sh: evaluates SPF for
 * each "ID IP SENDER HELO" line of standard input with libspf2 (Debian's
 * libspf2-dev) and prints "ID RESULT".  --cache uses libspf2's DNS cache
 * across the whole run (as `spfquery -file` does); without it every check
 * asks DNS afresh (SPF_DNS_RESOLV).  DNS goes through glibc's resolver,
 * so bench/spf.sh runs it in a network namespace whose resolv.conf names
 * the local NSD.  Not part of mailfix: a measuring tool only.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>

#include <arpa/nameser.h>
#include <spf2/spf.h>

int main(int argc, char **argv)
{
	int cache = argc > 1 && strcmp(argv[1], "--cache") == 0;
	SPF_server_t *srv = SPF_server_new(cache ? SPF_DNS_CACHE : SPF_DNS_RESOLV, 0);
	char line[4096];

	if (!srv) {
		fprintf(stderr, "spf_libspf2: cannot create the SPF server\n");
		return 1;
	}
	while (fgets(line, sizeof line, stdin)) {
		char *rest = line;
		char *id = strsep(&rest, " ");
		char *ip = rest ? strsep(&rest, " ") : NULL;
		char *sender = rest ? strsep(&rest, " ") : NULL;
		char *helo = rest ? strsep(&rest, " \n") : NULL;
		SPF_request_t *req;
		SPF_response_t *resp = NULL;

		if (!id || !ip || !sender || !helo)
			continue;
		req = SPF_request_new(srv);
		if (strchr(ip, ':') ? SPF_request_set_ipv6_str(req, ip)
				    : SPF_request_set_ipv4_str(req, ip)) {
			printf("%s error\n", id);
			SPF_request_free(req);
			continue;
		}
		SPF_request_set_helo_dom(req, helo);
		/* "-" is the null sender: the HELO identity (postmaster@helo). */
		SPF_request_set_env_from(req, strcmp(sender, "-") ? sender : helo);
		SPF_request_query_mailfrom(req, &resp);
		printf("%s %s\n", id, resp ? SPF_strresult(SPF_response_result(resp)) : "error");
		if (resp)
			SPF_response_free(resp);
		SPF_request_free(req);
	}
	SPF_server_free(srv);
	return 0;
}
