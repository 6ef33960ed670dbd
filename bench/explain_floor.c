/*
 * explain_floor.c: how much of `mailfix explain`'s time is GMime's, and so
 * the fastest explain could be while GMime parses the MIME structure.  The
 * corpus's messages are read into memory first (no file opening here), then,
 * on one core, each stage runs over all of them several times:
 *
 *   gmime-whole    GMime parses each whole message into its tree and frees
 *                  it (g_mime_parser_construct_message, g_object_unref):
 *                  what any program that reads bounces with GMime pays;
 *   gmime-as-used  GMime parses what explain gives it (the Content-* fields
 *                  and the body, for every message that is not a single
 *                  text part; lib/bounce_mime.c splits the top-level header
 *                  itself) and frees the tree: no mailfix code at all;
 *   read           mailfix's reading of the message (mf__msg_parse_again:
 *                  the header split, GMime's tree, the decoded texts);
 *   explain        mf_explain_with and the JSON line: everything the
 *                  command does but opening and reading the file;
 *   files          opening and reading each file as `mailfix explain`
 *                  does (open, fstat, read, close; the system's time
 *                  counts): what any tool pays to get the bytes.
 *
 * Each figure is messages per CPU second, the median of RUNS runs.  The
 * last line says what explain's rate on NCPU cores could be at most if all
 * of mailfix's own work cost nothing (gmime-as-used and files alone, and
 * the cores scaling perfectly), which bench/explain.sh sets beside
 * Sisimai's rate measured in the same run.
 *   bench_explain_floor DIR [ROUNDS [STAGE]]  (DIR: a folder of .eml files;
 *       STAGE 0-3 runs that stage alone, for a profiler)
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <gmime/gmime.h>

#include "bench_clock.h"
#include "mailfix.h"
#include "explain.h"

#define RUNS 5
#define MAX_FILES 100000

struct corpus {
	char **bytes;
	size_t *len;
	size_t n;
	/* what explain gives GMime of each message, or NULL (a single text
	 * part: explain decodes it without a tree) */
	char **mime;
	size_t *mime_len;
	char **path;      /* each message's file */
	char *buf;        /* room for the largest, for the files stage */
	size_t max_len;
};

static int read_file(const char *path, char **out, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *b = NULL;
	long n;

	if (!f)
		return -1;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
	    (b = malloc((size_t)n + 1)) && fread(b, 1, (size_t)n, f) == (size_t)n) {
		fclose(f);
		*out = b;
		*len = (size_t)n;
		return 0;
	}
	free(b);
	fclose(f);
	return -1;
}

/* Where the header block's line at p ends (past its newline). */
static const char *line_end(const char *p, const char *end)
{
	const char *nl = memchr(p, '\n', (size_t)(end - p));

	return nl ? nl + 1 : end;
}

/* The Content-* fields (with their continuation lines) and, after a blank
 * line, the body: what lib/bounce_mime.c's parse_split hands GMime.  NULL
 * when the message is one text/plain part (or has no Content-Type), which
 * explain decodes without GMime's tree.  A simple reading of RFC 5322's
 * header block, close enough for a floor. */
static char *mime_part(const char *b, size_t len, size_t *out_len)
{
	const char *p = b, *end = b + len;
	char *m = malloc(len + 2);
	size_t n = 0;
	int keep = 0, needs_tree = 0, has_ct = 0;

	if (!m)
		return NULL;
	while (p < end && *p != '\n' && !(*p == '\r' && p + 1 < end && p[1] == '\n')) {
		const char *e = line_end(p, end);
		if (*p != ' ' && *p != '\t') {
			keep = (size_t)(e - p) > 8 && strncasecmp(p, "content-", 8) == 0;
			if ((size_t)(e - p) > 13 && strncasecmp(p, "content-type:", 13) == 0) {
				const char *v = p + 13;
				while (v < e && (*v == ' ' || *v == '\t'))
					v++;
				has_ct = 1;
				needs_tree = (size_t)(e - v) < 10 || strncasecmp(v, "text/plain", 10) != 0;
			}
		}
		if (keep) {
			memcpy(m + n, p, (size_t)(e - p));
			n += (size_t)(e - p);
		}
		p = e;
	}
	if (!has_ct || !needs_tree) {
		free(m);
		return NULL;
	}
	memcpy(m + n, p, (size_t)(end - p));
	n += (size_t)(end - p);
	*out_len = n;
	return m;
}

static int load(const char *dir, struct corpus *c)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char path[4096];

	memset(c, 0, sizeof *c);
	if (!d)
		return -1;
	c->bytes = calloc(MAX_FILES, sizeof *c->bytes);
	c->len = calloc(MAX_FILES, sizeof *c->len);
	c->mime = calloc(MAX_FILES, sizeof *c->mime);
	c->mime_len = calloc(MAX_FILES, sizeof *c->mime_len);
	c->path = calloc(MAX_FILES, sizeof *c->path);
	if (!c->bytes || !c->len || !c->mime || !c->mime_len || !c->path) {
		closedir(d);
		return -1;
	}
	while ((e = readdir(d)) && c->n < MAX_FILES) {
		size_t nl = strlen(e->d_name);
		if (nl < 4 || strcmp(e->d_name + nl - 4, ".eml") != 0)
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if (read_file(path, &c->bytes[c->n], &c->len[c->n]) == 0) {
			c->mime[c->n] = mime_part(c->bytes[c->n], c->len[c->n], &c->mime_len[c->n]);
			c->path[c->n] = strdup(path);
			if (c->len[c->n] > c->max_len)
				c->max_len = c->len[c->n];
			c->n++;
		}
	}
	closedir(d);
	c->buf = malloc(c->max_len + 1);
	return c->n && c->buf ? 0 : -1;
}

/* GMime's tree for bytes (as a whole message, or as a part: the way
 * explain asks), built and freed. */
static void gmime_parse(const char *bytes, size_t len, int whole)
{
	GMimeStream *stream = g_mime_stream_mem_new_with_buffer(bytes, len);
	GMimeParser *parser = g_mime_parser_new_with_stream(stream);
	GObject *obj;

	g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
	obj = whole ? (GObject *)g_mime_parser_construct_message(parser, NULL)
		    : (GObject *)g_mime_parser_construct_part(parser, NULL);
	if (obj)
		g_object_unref(obj);
	g_object_unref(parser);
	g_object_unref(stream);
}

/* Open and read the file whole into buf, as cli/cmd_explain.c does a
 * message's file; 0 or -1. */
static int read_whole(const char *path, char *buf, size_t cap)
{
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK), rc = -1;
	ssize_t got;

	if (fd < 0)
		return -1;
	if (fstat(fd, &st) == 0 && (size_t)st.st_size <= cap &&
	    (got = read(fd, buf, (size_t)st.st_size)) == st.st_size)
		rc = 0;
	close(fd);
	return rc;
}

enum stage { GMIME_WHOLE, GMIME_AS_USED, READ, EXPLAIN, FILES, N_STAGES };

static const char *const stage_name[N_STAGES] = {
	"gmime-whole: GMime's tree of each whole message, built and freed",
	"gmime-as-used: GMime's tree of what explain gives it, built and freed",
	"read: mailfix's reading (header split, GMime's tree, decoded texts)",
	"explain: mf_explain_with and the JSON line (no file reading)",
	"files: each file opened and read whole (open, fstat, read, close)",
};

/* One pass of a stage over the corpus; 0, or -1 on an error. */
static int pass(enum stage s, const struct corpus *c, const struct mf_ctx *ctx,
		struct mf_explain_ws *ws, struct mf__msg *msg)
{
	for (size_t i = 0; i < c->n; i++) {
		struct mf_error err = {0};
		switch (s) {
		case GMIME_WHOLE:
			gmime_parse(c->bytes[i], c->len[i], 1);
			break;
		case GMIME_AS_USED:
			if (c->mime[i])
				gmime_parse(c->mime[i], c->mime_len[i], 0);
			break;
		case READ:
			if (mf__msg_parse_again(msg, c->bytes[i], c->len[i], 0, &err) &&
			    err.code != MF_EINPUT)
				return -1;
			break;
		case EXPLAIN: {
			struct mf_explain_request req = {c->bytes[i], c->len[i], MF_LANG_AUTO};
			struct mf_explanation *ex = NULL;
			char *line;
			int rc = mf_explain_with(ctx, &req, ws, &ex, &err);
			line = mf_explanation_to_json(rc ? NULL : ex, "x.eml", &err);
			if (!line)
				return -1;
			free(line);
			mf_explanation_free(ex);
			break;
		}
		case FILES:
			if (read_whole(c->path[i], c->buf, c->max_len))
				return -1;
			break;
		default:
			return -1;
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "../shared/corpus/bounces/emails";
	int rounds = argc > 2 ? atoi(argv[2]) : 5;
	int only = argc > 3 ? atoi(argv[3]) : -1;
	struct corpus c;
	struct mf_ctx *ctx = NULL;
	struct mf_error err = {0};
	struct mf_explain_ws *ws;
	struct mf__msg msg;
	double rate[N_STAGES];
	size_t n_tree = 0;
	long ncpu = 1;

	if (rounds < 1)
		rounds = 1;
	if (load(dir, &c)) {
		fprintf(stderr, "bench_explain_floor: no .eml file read in %s\n", dir);
		return 1;
	}
	if (mf_ctx_new(&ctx, NULL, &err)) {
		fprintf(stderr, "bench_explain_floor: cannot load the data: %s\n", err.message);
		return 1;
	}
	mf_explain_init();
	ws = mf_explain_ws_new();
	mf__msg_init(&msg);
	for (size_t i = 0; i < c.n; i++)
		n_tree += c.mime[i] != NULL;
	if (only >= 0 && only < N_STAGES) {
		for (int p = 0; p < rounds; p++)
			if (pass((enum stage)only, &c, ctx, ws, &msg))
				return 1;
		return 0;
	}
	for (int s = 0; s < N_STAGES; s++) {
		double r[RUNS];
		if (pass((enum stage)s, &c, ctx, ws, &msg)) /* warm-up */
			return 1;
		for (int k = 0; k < RUNS; k++) {
			double t0 = bench_cpu_now();
			for (int p = 0; p < rounds; p++)
				pass((enum stage)s, &c, ctx, ws, &msg);
			r[k] = (double)c.n * rounds / (bench_cpu_now() - t0);
		}
		rate[s] = bench_median(r, RUNS);
	}
	ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	if (ncpu < 1)
		ncpu = 1;
	printf("| corpus | %s: %zu messages in memory, %zu of them get a GMime tree in explain |\n",
	       dir, c.n, n_tree);
	printf("|---|---:|\n");
	for (int s = 0; s < N_STAGES; s++)
		printf("| %s | %.0f msgs per CPU second (%.1f us a message) |\n", stage_name[s], rate[s],
		       1e6 / rate[s]);
	printf("| GMime's share of explain's time (gmime-as-used / explain) | %.0f%% |\n",
	       100.0 * rate[EXPLAIN] / rate[GMIME_AS_USED]);
	{
		/* GMime's tree and the file's bytes, nothing else, per message */
		double least = 1.0 / (1.0 / rate[GMIME_AS_USED] + 1.0 / rate[FILES]);

		printf("| ceiling: explain on %ld CPUs scaling perfectly, if mailfix's own work cost "
		       "nothing (gmime-as-used + files) | %.0f msgs/s |\n", ncpu, least * (double)ncpu);
		printf("ceiling %.0f\n", least * (double)ncpu);
	}
	mf__msg_free(&msg);
	mf_explain_ws_free(ws);
	mf_ctx_free(ctx);
	for (size_t i = 0; i < c.n; i++) {
		free(c.bytes[i]);
		free(c.mime[i]);
		free(c.path[i]);
	}
	free(c.path);
	free(c.buf);
	free(c.bytes);
	free(c.len);
	free(c.mime);
	free(c.mime_len);
	return 0;
}
