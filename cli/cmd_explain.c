/*
 * cmd_explain.c: `mailfix explain`: read bounce messages from files,
 * directories (a maildir's cur/, new/ and Maildir++ folders, or any
 * folder, walked in name order), mbox files (messages split at "From "
 * lines shaped as RFC 4155's separators) and
 * standard input, one message at a time (memory stays that of the
 * largest message), and write per message one JSON line (--json,
 * INTERFACE.md "Answer of explain") or a text view.  An unreadable
 * message gets its own error line and the run goes on.  A progress line
 * goes to standard error when it is a terminal and the run is long.
 * With --jobs N (default: one per CPU) the messages are explained on N
 * threads (explain_jobs.c) while this thread reads and writes, in input
 * order: the output is the same bytes as with --jobs 1.  With --check, a
 * bounce whose cause sits with the sender (SPF, DKIM, DMARC, the domain's
 * reputation) has its original sender's domain looked up as `mailfix
 * check` does, on this thread, each domain once a run; the report goes
 * under the message's "check", or the findings that bear on the bounce
 * under its text view.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "cli.h"
#include "explain_jobs.h"

/* After this many messages a terminal gets a progress line. */
#define PROGRESS_AFTER 300
#define MAX_DEPTH 8
/* --jobs: at most this many threads; messages in flight per thread, and
 * message bytes in flight in all (one larger message goes in alone). */
#define MAX_JOBS 256
#define WINDOW_PER_JOB 16
#define WINDOW_BYTES (64 * 1024 * 1024)
/* --check: the reports of this many domains are kept for the run (a
 * bounce folder holds the bounces of a few sending domains) */
#define MAX_CHECKED 32

struct run {
	struct mf_ctx *ctx;
	struct cli_common c;
	struct ejobs *jobs;     /* the worker threads, or NULL for --jobs 1 */
	struct mf_explain_ws *ws; /* --jobs 1: this thread's workspace (or NULL) */
	char *buf;              /* the current file, reused from file to file */
	size_t cap;
	int progress;
	unsigned long n_msgs, n_bounces, n_errors;
	unsigned long n_submitted; /* messages and errors handed on, in any thread */
	int worst;
	/* --check */
	int check;
	struct cli_dns dns_opt;   /* --zone, --dns */
	struct mf_dns *dns;       /* --check's resolver */
	struct checked {
		char *domain;
		struct mf_check_report *report;   /* NULL: the check failed, */
		struct mf_error err;              /* and why */
	} checked[MAX_CHECKED];
	size_t n_checked, next_evict;
	/* the directories being read, outermost first: a symbolic link back
	 * to one of them is a loop, not more messages */
	struct dir_id {
		dev_t dev;
		ino_t ino;
	} open_dirs[MAX_DEPTH + 1];
	int n_open_dirs;
};

static void help(void)
{
	printf("usage: mailfix explain [--json] [--lang en|zh|zh-Hant|auto] [--jobs N] [--check]\n"
	       "                       [--data DIR] [FILE|DIR|MBOX ...]\n\n"
	       "Reads bounce messages (delivery status notifications, MTA bounce texts,\n"
	       "auto-replies, ARF feedback reports) and says per failed recipient the\n"
	       "reason, status, reply code, whose side must act and what to do.\n"
	       "Arguments are message files, directories (maildir or any folder) or mbox\n"
	       "files; standard input when none is given (or \"-\").\n"
	       "  --json      one JSON line per message (INTERFACE.md)\n"
	       "  --lang L    language of the steps: en (the default, and what auto gives:\n"
	       "              the server wrote the bounce, its reader is the sender), zh\n"
	       "              or zh-Hant\n"
	       "  --jobs N    explain on N threads (default: one per CPU); the output is\n"
	       "              the same, in input order, for any N\n"
	       "  --check     when a bounce's cause is the sender's (SPF, DKIM, DMARC ...),\n"
	       "              look the original sender's domain up as `mailfix check` does\n"
	       "              and show what bears on it (with --json under \"check\");\n"
	       "              --zone FILE and --dns HOST[:PORT] say where it asks\n"
	       "  --data DIR  load the knowledge data from DIR instead of the built-in copy\n"
	       "              (compiled at the first run with it, then kept in the cache:\n"
	       "              `mailfix route --help` says where)\n");
}

static void progress(struct run *r, int done)
{
	if (!r->progress || r->n_msgs < PROGRESS_AFTER)
		return;
	if (done || r->n_msgs % 100 == 0)
		fprintf(stderr, "\rexplain: %lu messages, %lu bounces, %lu errors%s", r->n_msgs,
			r->n_bounces, r->n_errors, done ? "\n" : "");
}

/* --check: the original sender's domain, when a bounce's cause is the
 * sender's (mf_explanation_check_domain). */
static void want_check(const struct mf_explanation *ex, struct ejob *j)
{
	char domain[256];

	if (mf_explanation_check_domain(ex, domain, sizeof domain, &j->check_cause,
					&j->check_path))
		j->check_domain = strdup(domain);
}

/* Explain one message (or render the reader's own error for it) into
 * j->out.  Runs on a worker thread under --jobs: it reads only the
 * context and the options, which nobody changes during the run. */
static void work(void *arg, struct mf_explain_ws *ws, struct ejob *j)
{
	const struct run *r = arg;
	struct mf_explain_request req = {j->msg ? j->msg : "", j->len, r->c.lang};
	struct mf_explanation *ex = NULL;
	struct mf_error err = {0};
	int rc = j->has_pre ? j->pre.code : mf_explain_with(r->ctx, &req, ws, &ex, &err);
	char *s, where[4096];

	if (j->has_pre)
		err = j->pre;
	j->rc = rc;
	j->n_bounces = rc ? 0 : ex->n_bounces;
	/* the text view names the file of a message inside an mbox
	 * ("box.mbox mbox:2"); JSON gives it as "file" (below) */
	if (!r->c.json && j->file && j->source)
		snprintf(where, sizeof where, "%s %s", j->file, j->source);
	else
		snprintf(where, sizeof where, "%s", j->source ? j->source : "");
	s = r->c.json ? mf_explanation_to_json(ex, j->source, &err)
		      : mf_explanation_to_text(ex, where, &err, r->c.color);
	if (s && r->c.json && j->file) {
		/* Inside an mbox the source is "mbox:N"; name the file too, as
		 * the object's last key. */
		json_t *v = json_string(j->file);
		char *q = v ? json_dumps(v, JSON_ENCODE_ANY) : NULL;
		size_t sl = strlen(s), ql = q ? strlen(q) : 0;
		char *t = q && sl && s[sl - 1] == '}' ? malloc(sl + ql + 9) : NULL;

		if (t) {
			memcpy(t, s, sl - 1);
			memcpy(t + sl - 1, ",\"file\":", 8);
			memcpy(t + sl + 7, q, ql);
			memcpy(t + sl + 7 + ql, "}", 2);
			free(s);
			s = t;
		}
		free(q);
		json_decref(v);
	}
	if (r->check && !rc)
		want_check(ex, j);
	mf_explanation_free(ex);
	j->out = s;
}

/* The check of a domain, from the run's reports or looked up now. */
static const struct checked *check_domain(struct run *r, const char *domain)
{
	struct checked *c;
	char *copy;

	for (size_t i = 0; i < r->n_checked; i++)
		if (strcmp(r->checked[i].domain, domain) == 0)
			return &r->checked[i];
	/* (out of memory: no check for this message, the kept ones stay) */
	if (!(copy = strdup(domain)))
		return NULL;
	if (r->n_checked < MAX_CHECKED) {
		c = &r->checked[r->n_checked++];
	} else {
		c = &r->checked[r->next_evict];
		r->next_evict = (r->next_evict + 1) % MAX_CHECKED;
		free(c->domain);
		mf_check_report_free(c->report);
	}
	memset(c, 0, sizeof *c);
	c->domain = copy;
	{
		struct mf_check_request cq = {c->domain, NULL, NULL, r->c.lang};

		if (mf_check(r->ctx, r->dns, &cq, &c->report, &c->err) != 0)
			c->report = NULL;
	}
	return c;
}

/* --check: the message's answer with the domain's report beside it. */
static char *with_check(struct run *r, const struct ejob *j, char *out)
{
	const struct checked *c = check_domain(r, j->check_domain);
	char *s = NULL;

	if (!c)
		return out;
	if (r->c.json) {
		s = mf_check_attach_json(out, j->check_domain, c->report, &c->err);
	} else {
		char *bearing = c->report ? mf_check_report_bearing_to_text(c->report, j->check_cause,
									     j->check_path, r->c.color)
					  : NULL;
		size_t n = strlen(out) + (bearing ? strlen(bearing) : strlen(c->err.message)) +
			   strlen(j->check_domain) + 64;

		s = malloc(n);
		if (s && bearing)
			snprintf(s, n, "%s%s", out, bearing);
		else if (s)
			snprintf(s, n, "%sLooked up in DNS: %s: cannot check: %s\n", out,
				 j->check_domain, c->err.message);
		free(bearing);
	}
	if (!s)
		return out;
	free(out);
	return s;
}

/* Write one answer and count it: on the reader's thread, in input order. */
static void done(void *arg, struct ejob *j)
{
	struct run *r = arg;

	if (j->check_domain && j->out && r->check)
		j->out = with_check(r, j, j->out);

	r->n_msgs++;
	if (j->rc) {
		r->n_errors++;
		if (cli_exit_code(j->rc) > r->worst)
			r->worst = cli_exit_code(j->rc);
	} else {
		r->n_bounces += j->n_bounces;
	}
	if (!j->out) {
		fprintf(stderr, "mailfix: out of memory\n");
		r->worst = EXIT_INTERNAL;
		return;
	}
	fputs(j->out, stdout);
	if (r->c.json)
		fputc('\n', stdout);
	progress(r, 0);
}

/* One message of `len` bytes in *buf (or, with `pre`, the reader's own
 * error for this source): explained here with --jobs 1, queued for the
 * workers otherwise, in which case *buf and *cap are handed over and come back
 * as a spare buffer (ejobs_put). */
static void submit(struct run *r, const char *source, const char *file, char **buf,
		   size_t *cap, size_t len, const struct mf_error *pre)
{
	struct ejob j;

	r->n_submitted++;
	if (r->jobs) {
		if (ejobs_put(r->jobs, source, file, buf, cap, len, pre) != 0) {
			fprintf(stderr, "mailfix: out of memory\n");
			r->worst = EXIT_INTERNAL;
		}
		return;
	}
	memset(&j, 0, sizeof j);
	j.source = (char *)source;
	j.file = (char *)file;
	j.msg = buf ? *buf : NULL;
	j.len = len;
	if (pre) {
		j.has_pre = 1;
		j.pre = *pre;
	}
	work(r, r->ws, &j);
	done(r, &j);
	free(j.out);
	free(j.check_domain);
}

static void emit_error(struct run *r, const char *source, const char *file, int code,
		       const char *fmt, const char *arg)
{
	struct mf_error err = {0};

	err.code = code;
	snprintf(err.message, sizeof err.message, fmt, arg);
	submit(r, source, file, NULL, NULL, 0, &err);
}

/* An mbox (RFC 4155): messages start at separator lines
 * (cli_mbox_separator) after a blank line. */
static void read_mbox(struct run *r, FILE *f, const char *path, int started)
{
	char *line = NULL, *msg = NULL, source[64];
	size_t lcap = 0, mlen = 0, mcap = 0;
	ssize_t n;
	unsigned long count = started ? 1 : 0;
	int prev_blank = 1, in_msg = started, too_big = 0;

	for (;;) {
		n = getline(&line, &lcap, f);
		if (n < 0 || (prev_blank && cli_mbox_separator(line, (size_t)n))) {
			if (in_msg) {
				snprintf(source, sizeof source, "mbox:%lu", count);
				if (too_big)
					emit_error(r, source, path, MF_ETOOBIG,
						   "the message is larger than %s bytes", "104857600");
				else
					submit(r, source, path, &msg, &mcap, mlen, NULL);
			}
			if (n < 0)
				break;
			count++;
			in_msg = 1;
			mlen = 0;
			too_big = 0;
			prev_blank = 0;
			continue;
		}
		prev_blank = n == 1 || (n == 2 && line[0] == '\r');
		if (!in_msg) {
			/* Text before the first From line: not a message. */
			continue;
		}
		if (too_big || mlen + (size_t)n > MF_EXPLAIN_MAX_MESSAGE) {
			too_big = 1;
			continue;
		}
		if (mlen + (size_t)n + 1 > mcap) {
			size_t nc = mcap ? mcap : 65536;
			char *nm;
			while (nc < mlen + (size_t)n + 1)
				nc *= 2;
			nm = realloc(msg, nc);
			if (!nm) {
				too_big = 1;
				continue;
			}
			msg = nm;
			mcap = nc;
		}
		memcpy(msg + mlen, line, (size_t)n);
		mlen += (size_t)n;
	}
	if (ferror(f))
		emit_error(r, path, NULL, MF_EIO, "cannot read: %s", strerror(errno));
	free(line);
	free(msg);
}

static void read_stream(struct run *r, FILE *f, const char *source)
{
	char head[5];
	size_t got = fread(head, 1, sizeof head, f);
	char *buf = NULL;
	size_t len = 0;
	int rc;

	if (got == 5 && memcmp(head, "From ", 5) == 0) {
		/* An mbox: skip the rest of its first From line and split. */
		int ch;
		while ((ch = getc(f)) != EOF && ch != '\n')
			;
		read_mbox(r, f, source, 1);
		return;
	}
	rc = cli_read_all(f, MF_EXPLAIN_MAX_MESSAGE - got, &buf, &len);
	if (rc) {
		emit_error(r, source, NULL, rc, rc == MF_ETOOBIG ? "the message is larger than the "
				"most explain reads (%s bytes)" : "cannot read: %s",
			   rc == MF_ETOOBIG ? "104857600" : mf_code_message(rc));
		free(buf);
		return;
	}
	{
		char *all = malloc(got + len + 1);
		size_t acap = got + len + 1;

		if (!all) {
			free(buf);
			emit_error(r, source, NULL, MF_ENOMEM, "%s", "out of memory");
			return;
		}
		memcpy(all, head, got);
		if (len)
			memcpy(all + got, buf, len);
		submit(r, source, NULL, &all, &acap, got + len, NULL);
		free(all);
	}
	free(buf);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void read_path(struct run *r, const char *path, int depth);

/* Does the directory path hold an entry name of that kind (S_IFDIR: a
 * directory, S_IFREG: a file)? */
static int has_entry(const char *path, const char *name, mode_t kind)
{
	char full[4096];
	struct stat st;

	if ((size_t)snprintf(full, sizeof full, "%s/%s", path, name) >= sizeof full)
		return 0;
	return stat(full, &st) == 0 && (st.st_mode & S_IFMT) == kind;
}

/* Is path/name a Maildir++ folder (".Sent", ".Bounces": a name after the
 * dot, a cur/ inside)? */
static int is_maildir_folder(const char *path, const char *name)
{
	char full[4096];

	if (name[0] != '.' || name[1] == '\0' || strcmp(name, "..") == 0)
		return 0;
	if ((size_t)snprintf(full, sizeof full, "%s/%s", path, name) >= sizeof full)
		return 0;
	return has_entry(full, "cur", S_IFDIR);
}

static void read_dir(struct run *r, const char *path, int depth)
{
	DIR *d = opendir(path);
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, cap = 0;
	int maildir;

	if (!d) {
		emit_error(r, path, NULL, MF_EIO, "cannot open the directory: %s", strerror(errno));
		return;
	}
	maildir = has_entry(path, "cur", S_IFDIR) &&
		  (has_entry(path, "new", S_IFDIR) || has_entry(path, "maildirfolder", S_IFREG));
	while ((de = readdir(d))) {
		/* a maildir: its messages are in cur/ and new/ (tmp/ holds
		 * messages still being written), its Maildir++ folders are
		 * ".NAME" folders holding cur/; the mail server's own files
		 * (dovecot-uidlist, subscriptions ...) are not messages */
		if (maildir && strcmp(de->d_name, "cur") != 0 && strcmp(de->d_name, "new") != 0 &&
		    !(de->d_name[0] == '.' && is_maildir_folder(path, de->d_name)))
			continue;
		if (de->d_name[0] == '.' && !(maildir && is_maildir_folder(path, de->d_name)))
			continue;
		if (strcmp(de->d_name, "tmp") == 0)
			continue;
		if (n == cap) {
			size_t nc = cap ? cap * 2 : 64;
			char **nv = realloc(names, nc * sizeof *nv);
			if (!nv)
				break;
			names = nv;
			cap = nc;
		}
		if (!(names[n] = strdup(de->d_name)))
			break;
		n++;
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, cmp_str);
	for (size_t i = 0; i < n; i++) {
		size_t pl = strlen(path) + strlen(names[i]) + 2;
		char *full = malloc(pl);
		if (full) {
			snprintf(full, pl, "%s/%s", path, names[i]);
			read_path(r, full, depth + 1);
			free(full);
		}
		free(names[i]);
	}
	free(names);
}

/* A regular file: one read into the run's buffer (no stdio, no copy);
 * an mbox is read as a stream instead. */
/* Up to this size a file is read whole before it is known to be a message
 * or an mbox (one system call less a file: most bounces are a few KB). */
#define SMALL_FILE (1024 * 1024)

static void read_file(struct run *r, int fd, const struct stat *st, const char *path)
{
	size_t n = 0, want = (size_t)st->st_size + 1;
	ssize_t got;
	char head[5];

	/* A file of one message's usual size is read whole at once (an mbox
	 * among them is split from memory, below); a larger one is looked
	 * at first. */
	if (st->st_size > SMALL_FILE && pread(fd, head, 5, 0) == 5 &&
	    memcmp(head, "From ", 5) == 0) {
		/* An mbox: split as a stream, one message at a time, so that
		 * an mbox of any size takes the memory of its largest message. */
		int fd2 = dup(fd);
		FILE *f = fd2 >= 0 ? fdopen(fd2, "rb") : NULL;

		if (!f) {
			if (fd2 >= 0)
				close(fd2);
			emit_error(r, path, NULL, MF_EIO, "cannot read: %s", strerror(errno));
			return;
		}
		read_stream(r, f, path);
		fclose(f);
		return;
	}
	if (st->st_size > MF_EXPLAIN_MAX_MESSAGE) {
		emit_error(r, path, NULL, MF_ETOOBIG, "the message is larger than the most explain "
			   "reads (%s bytes)", "104857600");
		return;
	}
	for (;;) {
		if (n + 1 >= r->cap || want > r->cap) {
			size_t nc = r->cap ? r->cap : 65536;
			char *nb;

			while (nc < want || nc <= n + 1)
				nc *= 2;
			if (nc > (size_t)MF_EXPLAIN_MAX_MESSAGE + 2)
				nc = (size_t)MF_EXPLAIN_MAX_MESSAGE + 2;
			if (nc <= r->cap) {
				emit_error(r, path, NULL, MF_ETOOBIG, "the message is larger than the "
					   "most explain reads (%s bytes)", "104857600");
				return;
			}
			nb = realloc(r->buf, nc);
			if (!nb) {
				emit_error(r, path, NULL, MF_ENOMEM, "%s", "out of memory");
				return;
			}
			r->buf = nb;
			r->cap = nc;
		}
		got = read(fd, r->buf + n, r->cap - 1 - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			emit_error(r, path, NULL, MF_EIO, "cannot read: %s", mf_code_message(MF_EIO));
			return;
		}
		if (got == 0)
			break;
		n += (size_t)got;
		/* the size fstat gave, read whole: no second read for the end */
		if (n == (size_t)st->st_size && st->st_size > 0)
			break;
		if (n > MF_EXPLAIN_MAX_MESSAGE) {
			emit_error(r, path, NULL, MF_ETOOBIG, "the message is larger than the most "
				   "explain reads (%s bytes)", "104857600");
			return;
		}
	}
	r->buf[n] = '\0';
	if (n >= 5 && memcmp(r->buf, "From ", 5) == 0) {
		/* An mbox read whole (a small one, or one that was shorter when
		 * looked at first). */
		FILE *f = fmemopen(r->buf, n, "rb");

		if (!f) {
			emit_error(r, path, NULL, MF_ENOMEM, "%s", "out of memory");
			return;
		}
		read_stream(r, f, path);
		fclose(f);
		return;
	}
	submit(r, path, NULL, &r->buf, &r->cap, n, NULL);
}

static void read_path(struct run *r, const char *path, int depth)
{
	struct stat st;
	FILE *f;
	int fd;

	if (strcmp(path, "-") == 0) {
		read_stream(r, stdin, "-");
		return;
	}
	/* O_NONBLOCK: opening a FIFO met in a directory must not wait for a
	 * writer (it is skipped); a regular file reads the same either way. */
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0 || fstat(fd, &st) != 0) {
		emit_error(r, path, NULL, MF_EIO, "cannot read: %s", strerror(errno));
		if (fd >= 0)
			close(fd);
		return;
	}
	if (S_ISDIR(st.st_mode)) {
		close(fd);
		for (int i = 0; i < r->n_open_dirs; i++)
			if (r->open_dirs[i].dev == st.st_dev && r->open_dirs[i].ino == st.st_ino)
				return; /* a link back up the tree */
		if (depth < MAX_DEPTH && r->n_open_dirs <= MAX_DEPTH) {
			r->open_dirs[r->n_open_dirs].dev = st.st_dev;
			r->open_dirs[r->n_open_dirs].ino = st.st_ino;
			r->n_open_dirs++;
			read_dir(r, path, depth);
			r->n_open_dirs--;
		}
		return;
	}
	if (!S_ISREG(st.st_mode) && depth > 0) {
		close(fd);
		return;
	}
	if (S_ISREG(st.st_mode)) {
		read_file(r, fd, &st, path);
		close(fd);
		return;
	}
	/* a FIFO, a device named on the command line: opened again the
	 * ordinary way (waiting for a writer) and read as a stream */
	close(fd);
	f = fopen(path, "rb");
	if (!f) {
		emit_error(r, path, NULL, MF_EIO, "cannot read: %s", strerror(errno));
		return;
	}
	read_stream(r, f, path);
	fclose(f);
}

/* The default for --jobs: one thread per CPU this process may run on
 * (the online CPUs, fewer under taskset or a cpuset). */
static int default_jobs(void)
{
	cpu_set_t set;
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0 &&
	    (n < 1 || CPU_COUNT(&set) < n))
		n = CPU_COUNT(&set);
	if (n < 1)
		n = 1;
	return n > MAX_JOBS ? MAX_JOBS : (int)n;
}

/* --jobs N: a whole number from 1 to MAX_JOBS; -1 when it is not. */
static int parse_jobs(const char *arg)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(arg, &end, 10);
	if (errno || end == arg || *end || n < 1 || n > MAX_JOBS)
		return -1;
	return (int)n;
}

int cmd_explain(int argc, char **argv)
{
	/* (above the CLI_OPT_ values of the DNS options) */
	enum { O_JOBS = 0x300, O_CHECK };
	static const struct option longopts[] = {
		CLI_COMMON_LONGOPTS, CLI_DNS_LONGOPTS, {"jobs", required_argument, NULL, O_JOBS},
		{"check", no_argument, NULL, O_CHECK}, {NULL, 0, NULL, 0}};
	struct run r;
	int opt, h, n_jobs = 0, exit_code;

	memset(&r, 0, sizeof r);
	cli_common_init(&r.c);
	cli_dns_init(&r.dns_opt);
	optind = 1;
	while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		if (opt == 'h') {
			help();
			cli_dns_free(&r.dns_opt);
			return EXIT_OK;
		}
		if (opt == O_CHECK) {
			r.check = 1;
			continue;
		}
		if (opt == O_JOBS) {
			n_jobs = parse_jobs(optarg);
			if (n_jobs < 0) {
				fprintf(stderr, "mailfix: --jobs must be a number from 1 to %d, "
					"not \"%s\"\n", MAX_JOBS, optarg);
				return EXIT_USAGE;
			}
			continue;
		}
		h = cli_common_or_dns_option(&r.c, &r.dns_opt, opt, optarg);
		if (h <= 0) {
			if (h == 0)
				fprintf(stderr, "usage: mailfix explain [--json] [--lang L] [--jobs N] "
					"[--check] [FILE|DIR|MBOX ...]\n");
			cli_dns_free(&r.dns_opt);
			return EXIT_USAGE;
		}
	}
	/* --check's resolver, made before anything is read: a bad --zone or
	 * --dns is a usage error, not a run that quietly looks nothing up */
	if (r.check && cli_dns_new(&r.dns_opt, &r.dns) != EXIT_OK) {
		cli_dns_free(&r.dns_opt);
		return EXIT_USAGE;
	}
	r.ctx = cli_ctx_new(&r.c, &exit_code);
	if (!r.ctx) {
		mf_dns_free(r.dns);
		cli_dns_free(&r.dns_opt);
		return exit_code;
	}
	r.progress = isatty(STDERR_FILENO);
	if (!n_jobs)
		n_jobs = default_jobs();
	if (n_jobs > 1) {
		/* GMime's tables are filled before any worker parses. */
		mf_explain_init();
		if (ejobs_new(&r.jobs, n_jobs, (size_t)n_jobs * WINDOW_PER_JOB, WINDOW_BYTES,
			      work, done, &r) != 0) {
			fprintf(stderr, "mailfix: cannot start %d threads; explaining on one\n",
				n_jobs);
			r.jobs = NULL;
		}
	}
	if (!r.jobs)
		r.ws = mf_explain_ws_new();
	if (optind == argc)
		read_path(&r, "-", 0);
	for (int i = optind; i < argc; i++) {
		unsigned long before = r.n_submitted;
		struct stat st;
		read_path(&r, argv[i], 0);
		/* a folder with nothing in it to read gives no line: say so
		 * (not an error: a bounce mailbox may well be empty today) */
		if (r.n_submitted == before && stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
			fprintf(stderr, "mailfix: %s: no message in this directory\n", argv[i]);
	}
	ejobs_free(r.jobs);
	mf_explain_ws_free(r.ws);
	progress(&r, 1);
	fflush(stdout);
	free(r.buf);
	for (size_t i = 0; i < r.n_checked; i++) {
		free(r.checked[i].domain);
		mf_check_report_free(r.checked[i].report);
	}
	mf_dns_free(r.dns);
	cli_dns_free(&r.dns_opt);
	mf_ctx_free(r.ctx);
	return r.worst;
}
