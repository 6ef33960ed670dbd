/*
 * pattern.c: the rule-pattern compiler.  Parses each rule pattern (the
 * regular-expression subset of Vectorscan the data uses: literals,
 * escapes, classes, groups, alternation, ? * + {m,n}, \b \B ^ $, \d \s \w
 * and their negations, \x{...}) and lowers it to chains of factors and
 * gaps (see pattern.h), picking in each chain the factor whose strings
 * make the most selective literals.  Anything it cannot lower exactly
 * (nested unbounded repeats, backreferences, lookaround, Unicode
 * properties, too many alternatives) is left "residual" for Vectorscan to
 * confirm; nothing is ever approximated.  The finished plan is copied
 * into a fresh arena laid out for the scans (each chain's pieces side by
 * side, on cache-line boundaries where that saves a line).
 *
 * Semantics follow Vectorscan's flags for the rule databases:
 * HS_FLAG_UTF8 | HS_FLAG_DOTALL, no UCP: "." is any code point, \w \d \s
 * and \b are ASCII, a negated class matches any other code point.
 */
#include <stdlib.h>
#include <string.h>

#include "pattern.h"

/* The plan's arena: blocks of 64 KB; the bytes a plan may take, and the
 * scratch of lowering one pattern. */
#define PLAN_BLOCK (64 * 1024)
#define PLAN_MAX ((size_t)1 << 30)
#define PLAN_SCRATCH_MAX ((size_t)256 << 20)

/* ---- code points ---- */

static size_t utf8_encode(uint32_t cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xc0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xe0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		out[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
	out[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

/* Decode one code point of a pattern; 0 bytes on invalid UTF-8. */
static size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	size_t k;
	uint32_t c;

	if (n == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if ((s[0] & 0xe0) == 0xc0)
		k = 2, c = s[0] & 0x1f;
	else if ((s[0] & 0xf0) == 0xe0)
		k = 3, c = s[0] & 0x0f;
	else if ((s[0] & 0xf8) == 0xf0)
		k = 4, c = s[0] & 0x07;
	else
		return 0;
	if (k > n)
		return 0;
	for (size_t i = 1; i < k; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	*cp = c;
	return k;
}

int mf__cset_has(const struct mf__cset *s, uint32_t cp)
{
	int in = 0;

	if (cp < 128) {
		in = (int)((s->ascii[cp >> 6] >> (cp & 63)) & 1);
	} else {
		size_t lo = 0, hi = s->n_ranges;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (cp < s->ranges[mid][0])
				hi = mid;
			else if (cp > s->ranges[mid][1])
				lo = mid + 1;
			else {
				in = 1;
				break;
			}
		}
	}
	return in ^ s->negated;
}

/* ---- the parse tree ---- */

enum node_kind { N_CHAR, N_STR, N_SET, N_ASSERT, N_SEQ, N_ALT, N_REP };

struct node {
	enum node_kind kind;
	uint32_t cp;                 /* N_CHAR */
	char *str;                   /* N_STR: characters in a row, unquantified */
	uint32_t str_len;
	const struct mf__cset *set;  /* N_SET */
	int assertion;               /* N_ASSERT */
	struct node **kids;          /* N_SEQ, N_ALT; N_REP has one */
	uint32_t n_kids;
	uint32_t min, max;           /* N_REP */
};

#define MAX_DEPTH 32
#define MAX_KIDS 256
#define MAX_RANGES 64

struct parser {
	const unsigned char *s;
	size_t i, n;
	struct mf__arena *a;
	int failed;
};

struct set_builder {
	uint64_t ascii[2];
	uint32_t ranges[MAX_RANGES][2];
	uint32_t n;
	int failed;
};

static void sb_add(struct set_builder *b, uint32_t lo, uint32_t hi)
{
	while (lo <= hi && lo < 128) {
		b->ascii[lo >> 6] |= (uint64_t)1 << (lo & 63);
		lo++;
	}
	if (lo > hi)
		return;
	if (b->n == MAX_RANGES) {
		b->failed = 1;
		return;
	}
	b->ranges[b->n][0] = lo;
	b->ranges[b->n][1] = hi;
	b->n++;
}

static int cmp_range(const void *x, const void *y)
{
	const uint32_t *a = x, *b = y;

	return a[0] < b[0] ? -1 : a[0] > b[0];
}

static const struct mf__cset *sb_finish(struct parser *p, struct set_builder *b, int negated)
{
	struct mf__cset *s;
	uint32_t n = 0;

	if (b->failed)
		return NULL;
	qsort(b->ranges, b->n, sizeof b->ranges[0], cmp_range);
	for (uint32_t i = 0; i < b->n; i++) { /* merge overlapping ranges */
		if (n && b->ranges[i][0] <= b->ranges[n - 1][1] + 1) {
			if (b->ranges[i][1] > b->ranges[n - 1][1])
				b->ranges[n - 1][1] = b->ranges[i][1];
		} else {
			b->ranges[n][0] = b->ranges[i][0];
			b->ranges[n][1] = b->ranges[i][1];
			n++;
		}
	}
	s = mf__arena_alloc(p->a, sizeof *s);
	if (!s)
		return NULL;
	s->ascii[0] = b->ascii[0];
	s->ascii[1] = b->ascii[1];
	s->n_ranges = n;
	s->negated = (uint8_t)negated;
	s->ranges = n ? mf__arena_dup(p->a, b->ranges, n * sizeof b->ranges[0]) : NULL;
	if (n && !s->ranges)
		return NULL;
	return s;
}

/* The class escapes \d \s \w (non-UCP: ASCII only). */
static void sb_class_escape(struct set_builder *b, unsigned char c)
{
	switch (c) {
	case 'd':
		sb_add(b, '0', '9');
		break;
	case 's':
		sb_add(b, '\t', '\r'); /* \t \n \v \f \r */
		sb_add(b, ' ', ' ');
		break;
	default: /* w */
		sb_add(b, '0', '9');
		sb_add(b, 'a', 'z');
		sb_add(b, 'A', 'Z');
		sb_add(b, '_', '_');
		break;
	}
}

static struct node *new_node(struct parser *p, enum node_kind kind)
{
	struct node *nd = mf__arena_alloc(p->a, sizeof *nd);

	if (!nd) {
		p->failed = 1;
		return NULL;
	}
	memset(nd, 0, sizeof *nd);
	nd->kind = kind;
	return nd;
}

static int peek(const struct parser *p)
{
	return p->i < p->n ? p->s[p->i] : -1;
}

/* An escaped single character (after the backslash), or -1 when the
 * escape is not a character (or not one this compiler knows). */
static long escaped_char(struct parser *p)
{
	int c = peek(p);

	if (c < 0)
		return -1;
	p->i++;
	switch (c) {
	case 'n': return '\n';
	case 't': return '\t';
	case 'r': return '\r';
	case 'f': return '\f';
	case 'v': return '\v';
	case 'a': return 7;
	case 'e': return 27;
	case 'x': {
		uint32_t v = 0;
		int digits = 0, braced = peek(p) == '{';
		if (braced)
			p->i++;
		while (p->i < p->n && digits < (braced ? 8 : 2)) {
			int h = p->s[p->i];
			int d = h >= '0' && h <= '9' ? h - '0' :
				h >= 'a' && h <= 'f' ? h - 'a' + 10 :
				h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
			if (d < 0)
				break;
			v = v * 16 + (uint32_t)d;
			digits++;
			p->i++;
		}
		if (braced) {
			if (peek(p) != '}')
				return -1;
			p->i++;
		}
		return digits && v <= 0x10ffff ? (long)v : -1;
	}
	default:
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
			return -1; /* an escape this compiler does not know */
		return c;
	}
}

/* A literal code point of the pattern (not escaped). */
static long plain_char(struct parser *p)
{
	uint32_t cp;
	size_t k = utf8_decode(p->s + p->i, p->n - p->i, &cp);

	if (k == 0)
		return -1;
	p->i += k;
	return cp;
}

static struct node *parse_class(struct parser *p)
{
	struct set_builder b = {{0, 0}, {{0}}, 0, 0};
	int negated = 0, first = 1;
	struct node *nd;

	if (peek(p) == '^') {
		negated = 1;
		p->i++;
	}
	for (;;) {
		int c = peek(p);
		long lo, hi;

		if (c < 0)
			return NULL;
		if (c == ']' && !first) {
			p->i++;
			break;
		}
		first = 0;
		if (c == '[' && p->i + 1 < p->n && p->s[p->i + 1] == ':')
			return NULL; /* POSIX classes: left to Vectorscan */
		if (c == '\\') {
			int e;
			p->i++;
			e = peek(p);
			if (e == 'd' || e == 's' || e == 'w') {
				p->i++;
				sb_class_escape(&b, (unsigned char)e);
				continue;
			}
			if (e == 'b')
				return NULL; /* \b in a class is a backspace in PCRE: rare, left out */
			lo = escaped_char(p);
		} else {
			lo = plain_char(p);
		}
		if (lo < 0)
			return NULL;
		hi = lo;
		if (peek(p) == '-' && p->i + 1 < p->n && p->s[p->i + 1] != ']') {
			p->i++;
			if (peek(p) == '\\') {
				p->i++;
				hi = escaped_char(p);
			} else {
				hi = plain_char(p);
			}
			if (hi < lo)
				return NULL;
		}
		sb_add(&b, (uint32_t)lo, (uint32_t)hi);
	}
	nd = new_node(p, N_SET);
	if (!nd)
		return NULL;
	nd->set = sb_finish(p, &b, negated);
	return nd->set ? nd : NULL;
}

static struct node *parse_alt(struct parser *p, int depth);

/* A node of one code point, or NULL when ch is -1 (none could be read). */
static struct node *char_node(struct parser *p, long ch)
{
	struct node *nd;

	if (ch < 0)
		return NULL;
	nd = new_node(p, N_CHAR);
	if (nd)
		nd->cp = (uint32_t)ch;
	return nd;
}

static struct node *parse_atom(struct parser *p, int depth)
{
	int c = peek(p);
	struct node *nd;

	switch (c) {
	case '(':
		p->i++;
		if (peek(p) == '?') {
			if (p->i + 1 < p->n && p->s[p->i + 1] == ':')
				p->i += 2;
			else
				return NULL; /* lookaround, flags, named groups */
		}
		nd = parse_alt(p, depth + 1);
		if (!nd || peek(p) != ')')
			return NULL;
		p->i++;
		return nd;
	case '[':
		p->i++;
		return parse_class(p);
	case '.': {
		struct set_builder b = {{0, 0}, {{0}}, 0, 0};
		p->i++;
		nd = new_node(p, N_SET);
		if (nd)
			nd->set = sb_finish(p, &b, 1); /* DOTALL: every code point */
		return nd && nd->set ? nd : NULL;
	}
	case '^':
	case '$':
		p->i++;
		nd = new_node(p, N_ASSERT);
		if (nd)
			nd->assertion = c == '^' ? MF__AT_START : MF__AT_END;
		return nd;
	case '\\': {
		int e;
		p->i++;
		e = peek(p);
		if (e == 'b' || e == 'B') {
			p->i++;
			nd = new_node(p, N_ASSERT);
			if (nd)
				nd->assertion = e == 'b' ? MF__AT_WORD : MF__AT_NOT_WORD;
			return nd;
		}
		if (e == 'd' || e == 's' || e == 'w' || e == 'D' || e == 'S' || e == 'W') {
			struct set_builder b = {{0, 0}, {{0}}, 0, 0};
			p->i++;
			sb_class_escape(&b, (unsigned char)(e | 0x20));
			nd = new_node(p, N_SET);
			if (nd)
				nd->set = sb_finish(p, &b, e < 'a');
			return nd && nd->set ? nd : NULL;
		}
		return char_node(p, escaped_char(p));
	}
	default:
		if (c < 0 || c == ')' || c == '|' || c == '*' || c == '+' || c == '?')
			return NULL;
		return char_node(p, plain_char(p));
	}
}

/* A number of a {m,n} quantifier; -1 when there is none. */
static long parse_count(struct parser *p)
{
	long v = -1;

	while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9') {
		v = (v < 0 ? 0 : v) * 10 + (p->s[p->i] - '0');
		if (v > 100000)
			return -2;
		p->i++;
	}
	return v;
}

/* A quantifier after an atom: 1 (with min and max set), 0 when none follows,
 * -1 when it is one this compiler does not take. */
static int parse_quantifier(struct parser *p, uint32_t *min, uint32_t *max)
{
	int c = peek(p);
	size_t save = p->i;

	switch (c) {
	case '?':
		*min = 0, *max = 1;
		p->i++;
		break;
	case '*':
		*min = 0, *max = MF__GAP_INF;
		p->i++;
		break;
	case '+':
		*min = 1, *max = MF__GAP_INF;
		p->i++;
		break;
	case '{': {
		long lo, hi;
		p->i++;
		lo = parse_count(p);
		if (lo < 0) { /* not a quantifier: a literal brace */
			p->i = save;
			return 0;
		}
		hi = lo;
		if (peek(p) == ',') {
			p->i++;
			hi = parse_count(p);
			if (hi == -1)
				hi = MF__GAP_INF;
		}
		if (peek(p) != '}' || hi < 0 || (hi != (long)MF__GAP_INF && hi < lo)) {
			p->i = save;
			return 0;
		}
		p->i++;
		*min = (uint32_t)lo;
		*max = hi == (long)MF__GAP_INF ? MF__GAP_INF : (uint32_t)hi;
		break;
	}
	default:
		return 0;
	}
	if (peek(p) == '?') /* lazy: the same set of matches */
		p->i++;
	else if (peek(p) == '+')
		return -1; /* possessive */
	return 1;
}

static struct node *parse_seq(struct parser *p, int depth)
{
	struct node *kids[MAX_KIDS];
	uint32_t n = 0;
	struct node *seq;

	while (p->i < p->n && peek(p) != '|' && peek(p) != ')') {
		struct node *atom = parse_atom(p, depth);
		uint32_t min, max;
		int q;

		if (!atom)
			return NULL;
		while ((q = parse_quantifier(p, &min, &max)) == 1) {
			struct node *rep;
			if (atom->kind == N_ASSERT)
				return NULL;
			rep = new_node(p, N_REP);
			if (!rep)
				return NULL;
			rep->kids = mf__arena_alloc(p->a, sizeof *rep->kids);
			if (!rep->kids)
				return NULL;
			rep->kids[0] = atom;
			rep->n_kids = 1;
			rep->min = min;
			rep->max = max;
			atom = rep;
		}
		if (q < 0)
			return NULL;
		/* Characters in a row make one string (one factor, not a
		 * product of one-character factors). */
		if (atom->kind == N_CHAR && n > 0 &&
		    (kids[n - 1]->kind == N_CHAR || kids[n - 1]->kind == N_STR)) {
			struct node *str = kids[n - 1];
			char buf[4];
			size_t k = utf8_encode(atom->cp, buf);
			if (str->kind == N_CHAR) {
				struct node *fresh = new_node(p, N_STR);
				char first[4];
				size_t f = utf8_encode(str->cp, first);
				if (!fresh || !(fresh->str = mf__arena_alloc(p->a, p->n + 4)))
					return NULL; /* room for the whole pattern */
				memcpy(fresh->str, first, f);
				fresh->str_len = (uint32_t)f;
				kids[n - 1] = str = fresh;
			}
			memcpy(str->str + str->str_len, buf, k);
			str->str_len += (uint32_t)k;
			continue;
		}
		if (n == MAX_KIDS)
			return NULL;
		kids[n++] = atom;
	}
	seq = new_node(p, N_SEQ);
	if (!seq)
		return NULL;
	seq->kids = mf__arena_dup(p->a, kids, (n ? n : 1) * sizeof kids[0]);
	seq->n_kids = n;
	return seq->kids ? seq : NULL;
}

static struct node *parse_alt(struct parser *p, int depth)
{
	struct node *kids[MAX_KIDS];
	uint32_t n = 0;
	struct node *alt;

	if (depth > MAX_DEPTH)
		return NULL;
	for (;;) {
		struct node *seq = parse_seq(p, depth);
		if (!seq || n == MAX_KIDS)
			return NULL;
		kids[n++] = seq;
		if (peek(p) != '|')
			break;
		p->i++;
	}
	if (n == 1)
		return kids[0];
	alt = new_node(p, N_ALT);
	if (!alt)
		return NULL;
	alt->kids = mf__arena_dup(p->a, kids, n * sizeof kids[0]);
	alt->n_kids = n;
	return alt->kids ? alt : NULL;
}

static struct node *parse(struct mf__arena *a, const char *expr)
{
	struct parser p = {(const unsigned char *)expr, 0, strlen(expr), a, 0};
	struct node *root = parse_alt(&p, 0);

	return root && !p.failed && p.i == p.n ? root : NULL;
}

/* ---- lowering to chains ---- */

#define MAX_CHAINS 24        /* chains per pattern */
#define MAX_LITS 1024        /* strings per factor */
#define SMALL_PRODUCT 4      /* adjacent factors merged up to this many strings */
#define SHORT_PRODUCT 16     /* ... or this many when one has a short string */
#define SHORT_LIT 3          /* bytes: a string shorter is a poor literal */
#define SMALL_SET 10         /* a class this small is spelled out as strings */
#define MAX_FINITE_REPEAT 4
#define ANCHOR_LEN 4         /* bytes: a literal this long is selective enough */
#define GATE_QUALITY 3       /* the least factor_quality() worth a gate */

struct seq {
	struct mf__elem *e;
	uint32_t n;
};

struct alts {
	struct seq *s;
	uint32_t n;
};

static struct alts *alts_new(struct mf__arena *a, uint32_t n)
{
	struct alts *r = mf__arena_alloc(a, sizeof *r);

	if (!r)
		return NULL;
	r->n = n;
	r->s = mf__arena_alloc(a, (n ? n : 1) * sizeof *r->s);
	if (!r->s)
		return NULL;
	memset(r->s, 0, (n ? n : 1) * sizeof *r->s);
	return r;
}

/* One sequence holding one element. */
static struct alts *alts_one(struct mf__arena *a, const struct mf__elem *e)
{
	struct alts *r = alts_new(a, 1);

	if (!r)
		return NULL;
	r->s[0].e = mf__arena_dup(a, e, sizeof *e);
	r->s[0].n = 1;
	return r->s[0].e ? r : NULL;
}

static uint32_t set_size(const struct mf__cset *s)
{
	uint32_t n = 0;

	if (s->negated)
		return UINT32_MAX;
	n = (uint32_t)(__builtin_popcountll(s->ascii[0]) + __builtin_popcountll(s->ascii[1]));
	for (uint32_t i = 0; i < s->n_ranges; i++) {
		n += s->ranges[i][1] - s->ranges[i][0] + 1;
		if (n > 1000000)
			return UINT32_MAX;
	}
	return n;
}

/* A factor of the strings, one per code point of the (small, positive) set. */
static int factor_of_set(struct mf__arena *a, const struct mf__cset *s, struct mf__elem *e)
{
	uint32_t n = set_size(s), k = 0;
	struct mf__lit *lits = mf__arena_alloc(a, n * sizeof *lits);

	if (!lits)
		return -1;
	for (uint32_t cp = 0; cp < 128; cp++)
		if ((s->ascii[cp >> 6] >> (cp & 63)) & 1) {
			char *b = mf__arena_alloc(a, 1);
			if (!b)
				return -1;
			b[0] = (char)cp;
			memset(&lits[k], 0, sizeof lits[k]);
			lits[k].bytes = b;
			lits[k++].len = 1;
		}
	for (uint32_t i = 0; i < s->n_ranges; i++)
		for (uint32_t cp = s->ranges[i][0]; cp <= s->ranges[i][1]; cp++) {
			char buf[4], *b;
			size_t len = utf8_encode(cp, buf);
			b = mf__arena_dup(a, buf, len);
			if (!b)
				return -1;
			memset(&lits[k], 0, sizeof lits[k]);
			lits[k].bytes = b;
			lits[k++].len = (uint32_t)len;
		}
	memset(e, 0, sizeof *e);
	e->kind = MF__ELEM_FACTOR;
	e->lits = lits;
	e->n_lits = k;
	return 0;
}

static int lit_cmp(const void *x, const void *y)
{
	const struct mf__lit *a = x, *b = y;
	uint32_t n = a->len < b->len ? a->len : b->len;
	int c = memcmp(a->bytes, b->bytes, n);

	if (c)
		return c;
	if (a->len != b->len)
		return a->len < b->len ? -1 : 1;
	if (a->n_at != b->n_at)
		return a->n_at < b->n_at ? -1 : 1;
	for (uint8_t i = 0; i < a->n_at; i++) {
		if (a->at_off[i] != b->at_off[i])
			return a->at_off[i] < b->at_off[i] ? -1 : 1;
		if (a->at_kind[i] != b->at_kind[i])
			return a->at_kind[i] < b->at_kind[i] ? -1 : 1;
	}
	return 0;
}

/* Sort and drop duplicate strings. */
static void lits_unique(struct mf__lit *lits, uint32_t *n)
{
	uint32_t k = 0;

	if (*n <= 16) { /* most factors: no qsort and its buffer */
		for (uint32_t i = 1; i < *n; i++) {
			struct mf__lit v = lits[i];
			uint32_t j = i;
			while (j > 0 && lit_cmp(&v, &lits[j - 1]) < 0) {
				lits[j] = lits[j - 1];
				j--;
			}
			lits[j] = v;
		}
	} else {
		qsort(lits, *n, sizeof *lits, lit_cmp);
	}
	for (uint32_t i = 0; i < *n; i++)
		if (k == 0 || lit_cmp(&lits[k - 1], &lits[i]) != 0)
			lits[k++] = lits[i];
	*n = k;
}

/* Add assertion (kind at off) to l; 0 when the string can never match
 * (an assertion decided false by its own bytes), -1 when too many. */
static int lit_add_assert(struct mf__lit *l, int kind, uint32_t off)
{
	const unsigned char *t = (const unsigned char *)l->bytes;

	if (kind == MF__AT_START && off > 0)
		return 0;
	if ((kind == MF__AT_WORD || kind == MF__AT_NOT_WORD) && off > 0 && off < l->len)
		return mf__assert_at(kind, t, l->len, off); /* both sides known */
	for (uint8_t i = 0; i < l->n_at; i++)
		if (l->at_off[i] == off && l->at_kind[i] == kind)
			return 1;
	if (l->n_at == MF__LIT_MAX_AT || off > MF__LIT_MAX_LEN)
		return -1;
	l->at_kind[l->n_at] = (uint8_t)kind;
	l->at_off[l->n_at++] = (uint16_t)off;
	return 1;
}

/* The product of two factors (every string of x followed by every string
 * of y), or NULL (too big, too many assertions, out of memory). */
static struct mf__lit *factor_product(struct mf__arena *a, const struct mf__elem *x,
				      const struct mf__elem *y, uint32_t limit, uint32_t *n_out)
{
	uint64_t want = (uint64_t)x->n_lits * y->n_lits;
	struct mf__lit *out;
	uint32_t n = 0;

	if (want > limit)
		return NULL;
	out = mf__arena_alloc(a, (size_t)(want ? want : 1) * sizeof *out);
	if (!out)
		return NULL;
	for (uint32_t i = 0; i < x->n_lits; i++)
		for (uint32_t j = 0; j < y->n_lits; j++) {
			const struct mf__lit *l = &x->lits[i], *r = &y->lits[j];
			struct mf__lit m = *l;
			char *b;
			int ok = 1;

			if ((uint32_t)l->len + r->len > MF__LIT_MAX_LEN ||
			    !(b = mf__arena_alloc(a, (size_t)l->len + r->len)))
				return NULL;
			memcpy(b, l->bytes, l->len);
			memcpy(b + l->len, r->bytes, r->len);
			m.bytes = b;
			m.len = (uint16_t)(l->len + r->len);
			/* the left string's assertions at its end now sit inside */
			m.n_at = 0;
			for (uint8_t k = 0; ok > 0 && k < l->n_at; k++)
				ok = lit_add_assert(&m, l->at_kind[k], l->at_off[k]);
			for (uint8_t k = 0; ok > 0 && k < r->n_at; k++)
				ok = lit_add_assert(&m, r->at_kind[k], r->at_off[k] + l->len);
			if (ok < 0)
				return NULL;
			if (ok > 0)
				out[n++] = m;
		}
	lits_unique(out, &n);
	*n_out = n;
	return out;
}

static int has_short(const struct mf__elem *e)
{
	for (uint32_t i = 0; i < e->n_lits; i++)
		if (e->lits[i].len < SHORT_LIT)
			return 1;
	return 0;
}

/* Merge adjacent factors where that makes better literals, and drop
 * factors that are only the empty string.  0, or -1 out of memory. */
static int seq_normalize(struct mf__arena *a, struct seq *s)
{
	int merged = 1;

	while (merged) {
		merged = 0;
		for (uint32_t i = 0; i + 1 < s->n; i++) {
			struct mf__elem *x = &s->e[i], *y = &s->e[i + 1];
			uint64_t prod;
			uint32_t limit, n;
			struct mf__lit *lits;

			if (x->kind != MF__ELEM_FACTOR || y->kind != MF__ELEM_FACTOR)
				continue;
			prod = (uint64_t)x->n_lits * y->n_lits;
			limit = has_short(x) || has_short(y) ? SHORT_PRODUCT : SMALL_PRODUCT;
			if (prod > limit)
				continue;
			lits = factor_product(a, x, y, limit, &n);
			if (!lits)
				continue;
			x->lits = lits;
			x->n_lits = n;
			memmove(y, y + 1, (s->n - i - 2) * sizeof *y);
			s->n--;
			merged = 1;
			break;
		}
	}
	for (uint32_t i = 0; i < s->n;) {
		struct mf__elem *e = &s->e[i];
		if (e->kind == MF__ELEM_FACTOR && e->n_lits == 1 && e->lits[0].len == 0 &&
		    e->lits[0].n_at == 0) {
			memmove(e, e + 1, (s->n - i - 1) * sizeof *e);
			s->n--;
		} else {
			i++;
		}
	}
	return 0;
}

/* Every sequence of x followed by every sequence of y. */
static struct alts *alts_product(struct mf__arena *a, const struct alts *x, const struct alts *y)
{
	uint64_t want = (uint64_t)x->n * y->n;
	struct alts *r;
	uint32_t k = 0;

	if (want > MAX_CHAINS)
		return NULL;
	r = alts_new(a, (uint32_t)want);
	if (!r)
		return NULL;
	for (uint32_t i = 0; i < x->n; i++)
		for (uint32_t j = 0; j < y->n; j++) {
			struct seq *s = &r->s[k++];
			s->n = x->s[i].n + y->s[j].n;
			s->e = mf__arena_alloc(a, (s->n ? s->n : 1) * sizeof *s->e);
			if (!s->e)
				return NULL;
			if (x->s[i].n)
				memcpy(s->e, x->s[i].e, x->s[i].n * sizeof *s->e);
			if (y->s[j].n)
				memcpy(s->e + x->s[i].n, y->s[j].e, y->s[j].n * sizeof *s->e);
			if (seq_normalize(a, s))
				return NULL;
		}
	return r;
}

/* A single factor, when x is exactly one sequence of factors only (their
 * product; the empty sequence is the factor of the empty string). */
static int as_factor(struct mf__arena *a, const struct alts *x, struct mf__elem *out)
{
	static const struct mf__lit empty = {"", 0, 0, {0}, {0}};

	if (x->n != 1)
		return 0;
	for (uint32_t i = 0; i < x->s[0].n; i++)
		if (x->s[0].e[i].kind != MF__ELEM_FACTOR)
			return 0;
	memset(out, 0, sizeof *out);
	out->kind = MF__ELEM_FACTOR;
	out->lits = mf__arena_dup(a, &empty, sizeof empty);
	out->n_lits = 1;
	if (!out->lits)
		return 0;
	for (uint32_t i = 0; i < x->s[0].n; i++) {
		uint32_t n;
		struct mf__lit *l = factor_product(a, out, &x->s[0].e[i], MAX_LITS, &n);
		if (!l)
			return 0;
		out->lits = l;
		out->n_lits = n;
	}
	return 1;
}

/* A factor of the strings (sorted, without duplicates). */
static void make_factor(struct mf__elem *e, struct mf__lit *lits, uint32_t n)
{
	lits_unique(lits, &n);
	memset(e, 0, sizeof *e);
	e->kind = MF__ELEM_FACTOR;
	e->lits = lits;
	e->n_lits = n;
}

/* Append n strings to the list *acc of *n_acc (a new array in the arena,
 * at most MAX_LITS strings); 0, or -1. */
static int lits_append(struct mf__arena *a, struct mf__lit **acc, uint32_t *n_acc,
		       const struct mf__lit *more, uint32_t n)
{
	struct mf__lit *u;

	if (*n_acc + n > MAX_LITS)
		return -1;
	u = mf__arena_alloc(a, (*n_acc + n ? *n_acc + n : 1) * sizeof *u);
	if (!u)
		return -1;
	if (*n_acc)
		memcpy(u, *acc, *n_acc * sizeof *u);
	if (n)
		memcpy(u + *n_acc, more, n * sizeof *u);
	*acc = u;
	*n_acc += n;
	return 0;
}

static struct alts *lower(struct mf__arena *a, const struct node *nd);

static struct alts *lower_rep(struct mf__arena *a, const struct node *nd)
{
	const struct node *kid = nd->kids[0];
	struct alts *r;
	struct mf__elem f;

	if (kid->kind == N_CHAR || kid->kind == N_SET) {
		const struct mf__cset *set = kid->set;
		uint32_t size;
		uint64_t count = 0, power = 1;

		if (kid->kind == N_CHAR) {
			struct set_builder b = {{0, 0}, {{0}}, 0, 0};
			struct parser p = {NULL, 0, 0, a, 0};
			sb_add(&b, kid->cp, kid->cp);
			set = sb_finish(&p, &b, 0);
			if (!set)
				return NULL;
		}
		size = set_size(set);
		if (size != UINT32_MAX && nd->max != MF__GAP_INF && nd->max <= MAX_FINITE_REPEAT) {
			for (uint32_t k = 0; k <= nd->max; k++) {
				if (k >= nd->min)
					count += power;
				power *= size;
			}
		}
		if (size == UINT32_MAX || nd->max == MF__GAP_INF || nd->max > MAX_FINITE_REPEAT ||
		    count > 64) {
			memset(&f, 0, sizeof f);
			f.kind = MF__ELEM_GAP;
			f.set = set;
			f.min = nd->min;
			f.max = nd->max;
			return alts_one(a, &f);
		}
	}
	r = lower(a, kid);
	if (!r)
		return NULL;
	if (nd->min == 1 && nd->max == 1)
		return r;
	if (nd->max != MF__GAP_INF && nd->max <= MAX_FINITE_REPEAT && as_factor(a, r, &f)) {
		/* x{m,n} of a finite x: the union of its powers */
		struct mf__elem power, all;
		struct mf__lit *acc = NULL;
		uint32_t n_acc = 0;

		struct seq nothing = {NULL, 0};
		struct alts empty = {&nothing, 1};

		if (!as_factor(a, &empty, &power)) /* x^0: the empty string */
			return NULL;
		for (uint32_t k = 0; k <= nd->max; k++) {
			if (k > 0) {
				uint32_t n;
				struct mf__lit *l = factor_product(a, &power, &f, MAX_LITS, &n);
				if (!l)
					return NULL;
				power.lits = l;
				power.n_lits = n;
			}
			if (k >= nd->min && lits_append(a, &acc, &n_acc, power.lits, power.n_lits))
				return NULL;
		}
		make_factor(&all, acc, n_acc);
		return alts_one(a, &all);
	}
	if (nd->min == 0 && nd->max == 1) { /* optional: the alternatives or nothing */
		struct alts *o;
		if (r->n + 1 > MAX_CHAINS)
			return NULL;
		o = alts_new(a, r->n + 1);
		if (!o)
			return NULL;
		memcpy(o->s, r->s, r->n * sizeof *r->s);
		o->s[r->n].e = NULL;
		o->s[r->n].n = 0;
		return o;
	}
	return NULL; /* repeats of groups: residual */
}

/* One sequence of one factor of one string (with one assertion at its
 * start when `assertion` is not 0). */
static struct alts *one_string(struct mf__arena *a, const char *bytes, uint32_t len,
			       int assertion)
{
	struct mf__lit *l = len <= MF__LIT_MAX_LEN ? mf__arena_alloc(a, sizeof *l) : NULL;
	struct mf__elem e;

	if (!l)
		return NULL;
	memset(l, 0, sizeof *l);
	l->bytes = bytes;
	l->len = (uint16_t)len;
	if (assertion) {
		l->n_at = 1;
		l->at_kind[0] = (uint8_t)assertion;
	}
	memset(&e, 0, sizeof e);
	e.kind = MF__ELEM_FACTOR;
	e.lits = l;
	e.n_lits = 1;
	return alts_one(a, &e);
}

static struct alts *lower(struct mf__arena *a, const struct node *nd)
{
	struct mf__elem e;

	switch (nd->kind) {
	case N_CHAR: {
		char buf[4];
		size_t len = utf8_encode(nd->cp, buf);
		char *bytes = mf__arena_dup(a, buf, len);
		return bytes ? one_string(a, bytes, (uint32_t)len, 0) : NULL;
	}
	case N_STR:
		return one_string(a, nd->str, nd->str_len, 0);
	case N_SET:
		if (set_size(nd->set) <= SMALL_SET) {
			if (factor_of_set(a, nd->set, &e))
				return NULL;
		} else {
			memset(&e, 0, sizeof e);
			e.kind = MF__ELEM_GAP;
			e.set = nd->set;
			e.min = e.max = 1;
		}
		return alts_one(a, &e);
	case N_ASSERT:
		return one_string(a, "", 0, nd->assertion);
	case N_SEQ: {
		struct alts *r = alts_new(a, 1);
		if (!r)
			return NULL;
		for (uint32_t i = 0; r && i < nd->n_kids; i++) {
			struct alts *k = lower(a, nd->kids[i]);
			r = k ? alts_product(a, r, k) : NULL;
		}
		return r;
	}
	case N_ALT: {
		struct alts **parts = mf__arena_alloc(a, nd->n_kids * sizeof *parts);
		struct mf__elem *facts = mf__arena_alloc(a, nd->n_kids * sizeof *facts);
		uint32_t total_seqs = 0, total_lits = 0;
		int all_factors = 1;
		struct alts *r;

		if (!parts || !facts)
			return NULL;
		for (uint32_t i = 0; i < nd->n_kids; i++) {
			parts[i] = lower(a, nd->kids[i]);
			if (!parts[i])
				return NULL;
			total_seqs += parts[i]->n;
			if (all_factors && as_factor(a, parts[i], &facts[i]))
				total_lits += facts[i].n_lits;
			else
				all_factors = 0;
		}
		if (all_factors && total_lits <= MAX_LITS) {
			struct mf__lit *lits = mf__arena_alloc(a, total_lits * sizeof *lits);
			uint32_t n = 0;
			if (!lits)
				return NULL;
			for (uint32_t i = 0; i < nd->n_kids; i++) {
				memcpy(lits + n, facts[i].lits, facts[i].n_lits * sizeof *lits);
				n += facts[i].n_lits;
			}
			make_factor(&e, lits, n);
			return alts_one(a, &e);
		}
		if (total_seqs > MAX_CHAINS)
			return NULL;
		r = alts_new(a, total_seqs);
		if (!r)
			return NULL;
		total_seqs = 0;
		for (uint32_t i = 0; i < nd->n_kids; i++) {
			memcpy(r->s + total_seqs, parts[i]->s, parts[i]->n * sizeof *r->s);
			total_seqs += parts[i]->n;
		}
		return r;
	}
	case N_REP:
		return lower_rep(a, nd);
	}
	return NULL;
}

/* The anchor of a sequence: the factor whose strings are all non-empty
 * and make the most selective literals; -1 when there is none. */
/* Is the string, without its spaces around, one of the lexicon's common
 * words ("the", "to", "的")?  Those make literals that hit all the time. */
static int is_common(const struct mf__data *d, const struct mf__lit *l)
{
	const char *b = l->bytes;
	size_t n = l->len;

	if (!d)
		return 0;
	while (n && *b == ' ')
		b++, n--;
	while (n && b[n - 1] == ' ')
		n--;
	if (n == 0 || n > d->common_word_max || !d->common_last_byte[(unsigned char)b[n - 1]])
		return 0;
	for (size_t i = 0; i < d->n_common_words; i++)
		if (d->common_word_len[i] == n && memcmp(d->common_words[i], b, n) == 0)
			return 1;
	return 0;
}

/* How selective the strings of factor e are as literals: 0 (an empty
 * string: unusable) to ANCHOR_LEN.  Four bytes make a literal rare
 * enough; a common word is as bad as two bytes. */
static uint32_t factor_quality(const struct mf__data *d, const struct mf__elem *e,
			       uint32_t *min_len_out)
{
	uint32_t min_len = UINT32_MAX, key;

	for (uint32_t k = 0; k < e->n_lits; k++)
		if (e->lits[k].len < min_len)
			min_len = e->lits[k].len;
	if (min_len == UINT32_MAX)
		min_len = 0;
	*min_len_out = min_len;
	key = min_len < ANCHOR_LEN ? min_len : ANCHOR_LEN;
	for (uint32_t k = 0; k < e->n_lits && key > 2; k++)
		if (is_common(d, &e->lits[k]))
			key = 2;
	return key;
}

/* The factor of s (other than `except`) with the most selective strings:
 * the best quality, then the fewest strings, then the longest. */
static int pick_factor(const struct mf__data *d, const struct seq *s, int except)
{
	int best = -1;
	uint32_t best_len = 0, best_n = 0, best_key = 0;

	for (uint32_t i = 0; i < s->n; i++) {
		const struct mf__elem *e = &s->e[i];
		uint32_t min_len, key;

		if (e->kind != MF__ELEM_FACTOR || (int)i == except)
			continue;
		key = factor_quality(d, e, &min_len);
		if (key == 0)
			continue;
		if (best < 0 || key > best_key ||
		    (key == best_key && (e->n_lits < best_n ||
					 (e->n_lits == best_n && min_len > best_len)))) {
			best = (int)i;
			best_key = key;
			best_len = min_len;
			best_n = e->n_lits;
		}
	}
	return best;
}

static int pick_anchor(const struct mf__data *d, const struct seq *s)
{
	return pick_factor(d, s, -1);
}

/* The strings of every alternative's anchor together: one of them is in
 * every match.  0 when an alternative has no anchor. */
static int union_of_anchors(const struct mf__data *d, struct mf__arena *a, struct alts *r,
			    struct mf__elem *out)
{
	struct mf__lit *lits = NULL;
	uint32_t n = 0;

	for (uint32_t i = 0; i < r->n; i++) {
		int k;

		if (seq_normalize(a, &r->s[i]) || (k = pick_anchor(d, &r->s[i])) < 0 ||
		    lits_append(a, &lits, &n, r->s[i].e[k].lits, r->s[i].e[k].n_lits))
			return 0;
	}
	make_factor(out, lits, n);
	return 1;
}

/* Strings one of which every match of nd contains (all non-empty), for
 * a residual pattern; 0 when none is found. */
static int required_factor(const struct mf__data *d, struct mf__arena *a, const struct node *nd,
			   struct mf__elem *out)
{
	struct alts *r;
	struct mf__elem f;
	int found = 0;

	switch (nd->kind) {
	case N_SEQ: {
		/* Runs of parts that lower make factors every match goes
		 * through; other parts may require strings of their own. */
		struct seq best = {NULL, 0};
		struct mf__elem cand[MAX_KIDS];
		uint32_t n = 0, run = 0;

		for (uint32_t i = 0; i <= nd->n_kids && n < MAX_KIDS; i++) {
			int ok = i < nd->n_kids && lower(a, nd->kids[i]) != NULL;
			if (ok)
				continue;
			if (i > run) {
				struct node sub = *nd;
				sub.kids = nd->kids + run;
				sub.n_kids = i - run;
				r = lower(a, &sub);
				if (r && r->n == 1 && !seq_normalize(a, &r->s[0]))
					for (uint32_t k = 0; k < r->s[0].n && n < MAX_KIDS; k++)
						if (r->s[0].e[k].kind == MF__ELEM_FACTOR)
							cand[n++] = r->s[0].e[k];
				if (r && r->n > 1 && union_of_anchors(d, a, r, &cand[n]))
					n++;
			}
			if (i < nd->n_kids && n < MAX_KIDS &&
			    required_factor(d, a, nd->kids[i], &cand[n]))
				n++;
			run = i + 1;
		}
		best.e = cand;
		best.n = n;
		if (n == 0 || pick_anchor(d, &best) < 0)
			return 0;
		f = cand[pick_anchor(d, &best)];
		found = 1;
		break;
	}
	case N_ALT: {
		struct mf__lit *lits = NULL;
		uint32_t n = 0;
		for (uint32_t i = 0; i < nd->n_kids; i++)
			if (!required_factor(d, a, nd->kids[i], &f) ||
			    lits_append(a, &lits, &n, f.lits, f.n_lits))
				return 0;
		make_factor(out, lits, n);
		return 1;
	}
	case N_REP:
		if (nd->min >= 1)
			return required_factor(d, a, nd->kids[0], out);
		return 0;
	default:
		r = lower(a, nd);
		if (r && as_factor(a, r, &f)) {
			struct seq one = {&f, 1};
			found = pick_anchor(d, &one) == 0;
		}
		break;
	}
	if (found) {
		/* assertions are not checked for a residual's literals */
		struct mf__lit *lits = mf__arena_alloc(a, f.n_lits * sizeof *lits);
		if (!lits)
			return 0;
		for (uint32_t i = 0; i < f.n_lits; i++) {
			lits[i] = f.lits[i];
			lits[i].n_at = 0;
		}
		f.lits = lits;
		*out = f;
	}
	return found;
}

/* ---- the plan ---- */

struct pending {
	uint32_t literal;
	struct mf__use use;
};

struct plan_builder {
	const struct mf__data *d;
	struct mf__plan *p;
	struct mf__arena *tmp;
	/* chains */
	struct mf__chain *chains;
	size_t n_chains, cap_chains;
	/* uses before grouping by literal: (literal index, use) */
	struct pending *pend;
	size_t n_pend, cap_pend;
	/* the literal table: open addressing on FNV-1a */
	uint32_t *slots;              /* literal index + 1, 0 = empty */
	size_t n_slots;
	const char **lit;
	size_t *lit_len;
	size_t n_lit, cap_lit, cap_lit_len;
	uint32_t *gates;
	size_t n_gates, cap_gates, n_gate_ids;
};

static uint64_t fnv(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

static int grow(void **v, size_t *cap, size_t need, size_t size)
{
	void *nv;
	size_t nc;

	if (need <= *cap)
		return 0;
	nc = *cap ? *cap * 2 : 64;
	while (nc < need)
		nc *= 2;
	nv = realloc(*v, nc * size);
	if (!nv)
		return -1;
	*v = nv;
	*cap = nc;
	return 0;
}

static int rehash(struct plan_builder *b)
{
	size_t n = b->n_slots ? b->n_slots * 2 : 4096;
	uint32_t *s = calloc(n, sizeof *s);

	if (!s)
		return -1;
	for (size_t i = 0; i < b->n_lit; i++) {
		size_t h = (size_t)fnv(b->lit[i], b->lit_len[i]) & (n - 1);
		while (s[h])
			h = (h + 1) & (n - 1);
		s[h] = (uint32_t)i + 1;
	}
	free(b->slots);
	b->slots = s;
	b->n_slots = n;
	return 0;
}

/* The index of literal (s, n), added when new; -1 out of memory. */
static long literal_index(struct plan_builder *b, const char *s, size_t n)
{
	size_t h;

	if ((b->n_lit + 1) * 2 > b->n_slots && rehash(b))
		return -1;
	h = (size_t)fnv(s, n) & (b->n_slots - 1);
	while (b->slots[h]) {
		uint32_t i = b->slots[h] - 1;
		if (b->lit_len[i] == n && memcmp(b->lit[i], s, n) == 0)
			return i;
		h = (h + 1) & (b->n_slots - 1);
	}
	if (grow((void **)&b->lit, &b->cap_lit, b->n_lit + 1, sizeof *b->lit) ||
	    grow((void **)&b->lit_len, &b->cap_lit_len, b->n_lit + 1, sizeof *b->lit_len))
		return -1;
	b->lit[b->n_lit] = mf__arena_dup(b->p->arena, s, n ? n : 1);
	if (!b->lit[b->n_lit])
		return -1;
	b->lit_len[b->n_lit] = n;
	b->slots[h] = (uint32_t)b->n_lit + 1;
	return (long)b->n_lit++;
}

/* The edge bits (pattern.h, struct mf__use) of string `lit` of chain c's
 * anchor: its \b at its ends, MF__OTHER_AT when it has other assertions,
 * and MF__ALONE when the chain is that factor alone and it has none. */
static uint8_t edge_bits(const struct mf__chain *c, uint32_t lit)
{
	const struct mf__lit *l = &c->elems[c->anchor].lits[lit];
	uint8_t bits = 0;
	int other = 0;

	for (uint8_t k = 0; k < l->n_at; k++) {
		if (l->at_kind[k] == MF__AT_WORD && l->at_off[k] == 0)
			bits |= MF__WORD_START;
		else if (l->at_kind[k] == MF__AT_WORD && l->at_off[k] == l->len)
			bits |= MF__WORD_END;
		else
			other = 1;
	}
	if (other)
		bits |= MF__OTHER_AT;
	else if (c->n_elems == 1 && !c->n_gate)
		bits |= MF__ALONE;
	return bits;
}

/* The folded first (or last) bytes of element i of chain c when it is a
 * factor without an empty string, else 0 (no check). */
static uint32_t neighbour_bytes(const struct mf__chain *c, long i, int last)
{
	const struct mf__elem *e;
	uint32_t mask = 0;

	if (i < 0 || i >= (long)c->n_elems)
		return 0;
	e = &c->elems[i];
	if (e->kind != MF__ELEM_FACTOR || e->empty)
		return 0;
	for (uint32_t k = 0; k < e->n_lits; k++) {
		const unsigned char *s = (const unsigned char *)e->lits[k].bytes;
		mask |= 1u << mf__fold_byte(s[last ? e->lits[k].len - 1 : 0]);
	}
	return mask;
}

/* A use of literal (s, n): string `lit` of chain c's anchor (chain its
 * index), or with c NULL, MF__USE_RESIDUAL of rule `rule`. */
static int add_use(struct plan_builder *b, const char *s, size_t n, uint32_t chain, uint32_t lit,
		   const struct mf__chain *c, int rule)
{
	long i = literal_index(b, s, n);
	struct mf__use *u;

	if (i < 0 || grow((void **)&b->pend, &b->cap_pend, b->n_pend + 1, sizeof *b->pend))
		return -1;
	b->pend[b->n_pend].literal = (uint32_t)i;
	u = &b->pend[b->n_pend].use;
	memset(u, 0, sizeof *u);
	u->chain = chain;
	u->gate = c ? c->gate : MF__NO_GATE;
	u->rule = c ? c->rule : rule;
	u->len = (uint16_t)n;
	if (c) {
		u->lit = lit & 0xfff;
		u->edges = edge_bits(c, lit) & 0xf;
		u->next_first = neighbour_bytes(c, (long)c->anchor + 1, 0);
		u->prev_last = neighbour_bytes(c, (long)c->anchor - 1, 1);
	}
	b->n_pend++;
	return 0;
}

/* Order rev[] (indices into lits) by the strings read backward (shorter
 * first among equal tails), for matching backward. */
static int rev_cmp(const void *x, const void *y)
{
	const struct mf__lit *a = *(const struct mf__lit *const *)x;
	const struct mf__lit *b = *(const struct mf__lit *const *)y;
	uint32_t n = a->len < b->len ? a->len : b->len;

	for (uint32_t d = 0; d < n; d++) {
		unsigned char p = (unsigned char)a->bytes[a->len - 1 - d];
		unsigned char q = (unsigned char)b->bytes[b->len - 1 - d];
		if (p != q)
			return p < q ? -1 : 1;
	}
	if (a->len != b->len)
		return a->len < b->len ? -1 : 1;
	return a < b ? -1 : a > b; /* the same bytes: keep an order */
}

static int sort_reversed(struct mf__arena *a, const struct mf__lit *lits, uint32_t *rev,
			 uint32_t n)
{
	const struct mf__lit **p = mf__arena_alloc(a, (n ? n : 1) * sizeof *p);

	if (!p)
		return -1;
	for (uint32_t i = 0; i < n; i++)
		p[i] = &lits[i];
	qsort(p, n, sizeof *p, rev_cmp);
	for (uint32_t i = 0; i < n; i++)
		rev[i] = (uint32_t)(p[i] - lits);
	return 0;
}

static void mark(uint8_t set[32], unsigned b)
{
	set[b >> 3] |= (uint8_t)(1u << (b & 7));
}

/* The bytes where a run of the gap's set may end (pattern.h): ASCII not
 * in the set; forward, the first bytes of the code points not in it;
 * backward, their last bytes.  Conservative where the set is big. */
static void gap_stops(struct mf__elem *e)
{
	const struct mf__cset *s = e->set;

	memset(e->stop_fwd, 0, sizeof e->stop_fwd);
	memset(e->stop_bwd, 0, sizeof e->stop_bwd);
	for (unsigned b = 0; b < 128; b++)
		if (!mf__cset_has(s, b)) {
			mark(e->stop_fwd, b);
			mark(e->stop_bwd, b);
		}
	if (!mf__cset_has(s, 0xfffd)) { /* broken UTF-8 reads as U+FFFD */
		for (unsigned b = 0x80; b < 0x100; b++) {
			if (b < 0xc0 || b >= 0xf8)
				mark(e->stop_fwd, b);
			mark(e->stop_bwd, b);
		}
	}
	if (!s->negated) { /* the code points outside its ranges are many */
		for (unsigned b = 0x80; b < 0x100; b++)
			mark(b < 0xc0 ? e->stop_bwd : e->stop_fwd, b);
		return;
	}
	for (uint32_t i = 0; i < s->n_ranges; i++) {
		if (s->ranges[i][1] - s->ranges[i][0] > 4096) {
			for (unsigned b = 0x80; b < 0x100; b++)
				mark(b < 0xc0 ? e->stop_bwd : e->stop_fwd, b);
			return;
		}
		for (uint32_t cp = s->ranges[i][0]; cp <= s->ranges[i][1]; cp++) {
			char buf[4];
			size_t n = utf8_encode(cp, buf);
			mark(e->stop_fwd, (unsigned char)buf[0]);
			mark(e->stop_bwd, (unsigned char)buf[n - 1]);
		}
	}
}

/* The byte b of string `order[k]` of lits (order NULL: string k) that
 * byte_index() indexes: its first, or with `last` its last. */
static unsigned char edge_byte(const struct mf__lit *lits, const uint32_t *order, uint32_t k,
			       int last)
{
	const struct mf__lit *l = &lits[order ? order[k] : k];

	return (unsigned char)l->bytes[last ? l->len - 1 : 0];
}

/* One index of a big factor (pattern.h): over the strings in `order`,
 * sorted by that byte, where those (not empty) whose byte is b begin,
 * for b in [*lo, *hi] and one past; an empty range when all are empty. */
static uint16_t *byte_index_one(struct mf__arena *a, const struct mf__lit *lits,
				const uint32_t *order, uint32_t n, int last, uint8_t *lo,
				uint8_t *hi)
{
	uint32_t k = 0;
	unsigned b0, b1;
	uint16_t *idx;

	while (k < n && lits[order ? order[k] : k].len == 0)
		k++;
	if (k == n) {
		*lo = 1, *hi = 0;
		return mf__arena_dup(a, NULL, sizeof *idx);
	}
	b0 = edge_byte(lits, order, k, last);
	b1 = edge_byte(lits, order, n - 1, last);
	idx = mf__arena_alloc(a, (b1 - b0 + 2) * sizeof *idx);
	if (!idx)
		return NULL;
	for (unsigned b = b0; b <= b1 + 1; b++) {
		while (k < n && edge_byte(lits, order, k, last) < b)
			k++;
		idx[b - b0] = (uint16_t)k;
	}
	*lo = (uint8_t)b0;
	*hi = (uint8_t)b1;
	return idx;
}

/* The first-byte and last-byte indexes of a big factor. */
static int byte_index(struct mf__arena *a, const struct mf__lit *lits, const uint32_t *rev,
		      uint32_t n, struct mf__elem *e)
{
	if (n > UINT16_MAX)
		return -1;
	e->first_idx = byte_index_one(a, lits, NULL, n, 0, &e->first_lo, &e->first_hi);
	e->last_idx = byte_index_one(a, lits, rev, n, 1, &e->last_lo, &e->last_hi);
	return e->first_idx && e->last_idx ? 0 : -1;
}

/* A copy of set s and its ranges in arena a; NULL when out of memory. */
static const struct mf__cset *cset_dup(struct mf__arena *a, const struct mf__cset *s)
{
	struct mf__cset *set = mf__arena_dup(a, s, sizeof *set);

	if (!set)
		return NULL;
	if (set->n_ranges) {
		set->ranges = mf__arena_dup(a, set->ranges, set->n_ranges * sizeof *set->ranges);
		if (!set->ranges)
			return NULL;
	}
	return set;
}

/* Copy a lowered sequence into the plan's arena as a chain. */
static int add_chain(struct plan_builder *b, const struct seq *s, int anchor, int rule)
{
	struct mf__arena *a = b->p->arena;
	struct mf__elem *elems = mf__arena_alloc(a, s->n * sizeof *elems);
	const struct mf__elem *an;
	struct mf__chain *c;
	uint32_t min_len;
	int second;

	if (!elems || grow((void **)&b->chains, &b->cap_chains, b->n_chains + 1, sizeof *b->chains))
		return -1;
	for (uint32_t i = 0; i < s->n; i++) {
		elems[i] = s->e[i];
		if (elems[i].kind == MF__ELEM_FACTOR) {
			struct mf__lit *lits = mf__arena_dup(a, s->e[i].lits,
							 s->e[i].n_lits * sizeof *lits);
			if (!lits)
				return -1;
			uint32_t *rev = mf__arena_alloc(a, s->e[i].n_lits * sizeof *rev);
			if (!rev)
				return -1;
			/* the factor's strings side by side, for the cache */
			size_t total = 0;
			char *block;
			for (uint32_t k = 0; k < s->e[i].n_lits; k++)
				total += lits[k].len;
			block = mf__arena_alloc(a, total + 1);
			if (!block)
				return -1;
			for (uint32_t k = 0; k < s->e[i].n_lits; k++) {
				memcpy(block, lits[k].bytes, lits[k].len);
				lits[k].bytes = block;
				block += lits[k].len;
			}
			qsort(lits, s->e[i].n_lits, sizeof *lits, lit_cmp);
			if (sort_reversed(b->tmp, lits, rev, s->e[i].n_lits))
				return -1;
			elems[i].lits = lits;
			elems[i].rev = rev;
			if (s->e[i].n_lits > MF__LINEAR_LITS &&
			    byte_index(a, lits, rev, s->e[i].n_lits, &elems[i]))
				return -1;
			memset(elems[i].first, 0, sizeof elems[i].first);
			memset(elems[i].last, 0, sizeof elems[i].last);
			memset(elems[i].first2, 0, sizeof elems[i].first2);
			memset(elems[i].last2, 0, sizeof elems[i].last2);
			elems[i].pairs = 1;
			for (uint32_t k = 0; k < s->e[i].n_lits; k++) {
				const unsigned char *lb = (const unsigned char *)lits[k].bytes;
				size_t ln = lits[k].len;
				if (ln == 0) {
					elems[i].empty = 1;
					elems[i].pairs = 0;
					continue;
				}
				mark(elems[i].first, lb[0]);
				mark(elems[i].last, lb[ln - 1]);
				if (ln < 2) {
					elems[i].pairs = 0;
					continue;
				}
				mark(elems[i].first2, mf__pair_hash(lb[0], lb[1]));
				mark(elems[i].last2, mf__pair_hash(lb[ln - 2], lb[ln - 1]));
			}
		} else {
			if (!(elems[i].set = cset_dup(a, s->e[i].set)))
				return -1;
			gap_stops(&elems[i]);
		}
	}
	c = &b->chains[b->n_chains];
	c->rule = rule;
	c->elems = elems;
	c->n_elems = s->n;
	c->anchor = (uint32_t)anchor;
	c->gate_first = 0;
	c->n_gate = 0;
	c->gate = MF__NO_GATE;
	second = pick_factor(b->d, s, anchor);
	if (second >= 0 && factor_quality(b->d, &s->e[second], &min_len) < GATE_QUALITY)
		second = -1; /* a gate of common or short words would always be open */
	if (second >= 0) {
		const struct mf__elem *se = &elems[second];
		if (se->n_lits > UINT16_MAX ||
		    grow((void **)&b->gates, &b->cap_gates, b->n_gates + se->n_lits, sizeof *b->gates))
			return -1;
		c->gate_first = (uint32_t)b->n_gates;
		c->n_gate = se->n_lits;
		c->gate = (uint32_t)b->n_gate_ids++;
		for (uint32_t k = 0; k < se->n_lits; k++) {
			long id = literal_index(b, se->lits[k].bytes, se->lits[k].len);
			if (id < 0)
				return -1;
			b->gates[b->n_gates++] = (uint32_t)id;
		}
	}
	an = &elems[anchor];
	for (uint32_t k = 0; k < an->n_lits; k++)
		if (add_use(b, an->lits[k].bytes, an->lits[k].len, (uint32_t)b->n_chains, k, c, 0))
			return -1;
	b->n_chains++;
	return 0;
}

/* Lower one pattern: 0 lowered, 1 residual, -1 out of memory. */
static int plan_pattern(struct plan_builder *b, const char *expr, int rule)
{
	struct node *root;
	struct alts *r;
	int anchors[MAX_CHAINS];

	mf__arena_reset(b->tmp);
	root = parse(b->tmp, expr);
	r = root ? lower(b->tmp, root) : NULL;
	if (r && r->n == 0)
		r = NULL;
	for (uint32_t i = 0; r && i < r->n; i++) {
		if (seq_normalize(b->tmp, &r->s[i]))
			return -1;
		anchors[i] = pick_anchor(b->d, &r->s[i]);
		if (anchors[i] < 0)
			r = NULL;
	}
	if (r) {
		for (uint32_t i = 0; i < r->n; i++)
			if (add_chain(b, &r->s[i], anchors[i], rule))
				return -1;
		return 0;
	}
	/* residual: its literal wakes the rule's own database up */
	b->p->n_residual++;
	if (rule < 0)
		return 1;
	{
		struct mf__elem f;
		if (root && required_factor(b->d, b->tmp, root, &f)) {
			for (uint32_t k = 0; k < f.n_lits; k++)
				if (add_use(b, f.lits[k].bytes, f.lits[k].len, MF__USE_RESIDUAL, 0,
					    NULL, rule))
					return -1;
			return 1;
		}
	}
	for (size_t i = 0; i < b->p->n_always; i++)
		if (b->p->always[i] == rule)
			return 1;
	b->p->always[b->p->n_always++] = rule;
	return 1;
}

/* Number the literals with uses first, in the order they came, and
 * those that only open gates after them; the uses and the chains' gates
 * follow (the literal table is not looked up again).  Returns how many
 * have uses, or -1 out of memory. */
static long uses_first(struct plan_builder *b)
{
	uint8_t *used = calloc(b->n_lit + 1, 1);
	uint32_t *to = malloc((b->n_lit + 1) * sizeof *to);
	const char **lit = malloc((b->n_lit + 1) * sizeof *lit);
	size_t *len = malloc((b->n_lit + 1) * sizeof *len);
	uint32_t n = 0;
	long n_used = -1;

	if (used && to && lit && len) {
		for (size_t k = 0; k < b->n_pend; k++)
			used[b->pend[k].literal] = 1;
		for (size_t i = 0; i < b->n_lit; i++)
			if (used[i])
				to[i] = n++;
		n_used = n;
		for (size_t i = 0; i < b->n_lit; i++)
			if (!used[i])
				to[i] = n++;
		for (size_t i = 0; i < b->n_lit; i++) {
			lit[to[i]] = b->lit[i];
			len[to[i]] = b->lit_len[i];
		}
		if (b->n_lit) { /* b->lit is NULL while there is none */
			memcpy(b->lit, lit, b->n_lit * sizeof *lit);
			memcpy(b->lit_len, len, b->n_lit * sizeof *len);
		}
		for (size_t k = 0; k < b->n_pend; k++)
			b->pend[k].literal = to[b->pend[k].literal];
		for (size_t g = 0; g < b->n_gates; g++)
			b->gates[g] = to[b->gates[g]];
	}
	free(used);
	free(to);
	free(lit);
	free(len);
	return n_used;
}

/* What building a plan fails with besides running out of memory. */
#define TOO_MANY_USES 2

/* plan->lit_gates and each literal's gates, n_gates: the gates it opens
 * (counted, then placed); -1 out of memory, or TOO_MANY_USES. */
static int invert_gates(struct mf__plan *p)
{
	uint32_t *first = calloc(p->n_literals + 2, sizeof *first);
	uint32_t *list = mf__arena_alloc(p->arena, (p->n_gates + 1) * sizeof *list);

	if (!first || !list) {
		free(first);
		return -1;
	}
	for (size_t c = 0; c < p->n_chains; c++)
		for (uint32_t k = 0; k < p->chains[c].n_gate; k++)
			first[p->gates[p->chains[c].gate_first + k] + 2]++;
	for (size_t i = 2; i < p->n_literals + 2; i++)
		first[i] += first[i - 1];
	/* first[i + 1] is now where literal i's gates begin: fill them in */
	for (size_t c = 0; c < p->n_chains; c++)
		for (uint32_t k = 0; k < p->chains[c].n_gate; k++)
			list[first[p->gates[p->chains[c].gate_first + k] + 1]++] = p->chains[c].gate;
	for (size_t i = 0; i < p->n_literals; i++) {
		uint32_t n = first[i + 1] - first[i], at = n == 1 ? list[first[i]] : first[i];
		if (n > MF__LIT_MAX_USES) {
			free(first);
			return TOO_MANY_USES;
		}
		if (i < p->n_use_literals) {
			p->lit_index[i].n_gates = (uint16_t)n;
			p->lit_index[i].gates = at;
		} else {
			p->gate_lits[i - p->n_use_literals].n_gates = n;
			p->gate_lits[i - p->n_use_literals].gates = at;
		}
	}
	p->lit_gates = list;
	free(first);
	return 0;
}

/* ---- the plan, laid out for the scans ---- */

/* The build leaves a chain's pieces scattered over its arena, between
 * what the lowering threw away.  A walk reads one chain's elements,
 * their strings and sets and nothing else, so each chain is copied into
 * a fresh arena as one run: its elements, then each factor's string
 * records, their bytes, rev[] and byte indexes, and each gap's set. */
static int relayout_factor(struct mf__arena *a, struct mf__elem *e)
{
	struct mf__lit *lits = mf__arena_dup(a, e->lits, (e->n_lits ? e->n_lits : 1) * sizeof *lits);
	size_t total = 0;
	char *block;

	if (!lits)
		return -1;
	for (uint32_t k = 0; k < e->n_lits; k++)
		total += lits[k].len;
	block = mf__arena_alloc(a, total + 1);
	if (!block)
		return -1;
	for (uint32_t k = 0; k < e->n_lits; k++) {
		memcpy(block, lits[k].bytes, lits[k].len);
		lits[k].bytes = block;
		block += lits[k].len;
	}
	e->lits = lits;
	if (e->n_lits <= MF__LINEAR_LITS) { /* matched string by string: no indexes */
		e->rev = NULL;
		return 0;
	}
	e->rev = mf__arena_dup(a, e->rev, e->n_lits * sizeof *e->rev);
	e->first_idx = mf__arena_dup(a, e->first_idx,
				 ((size_t)e->first_hi + 2 - e->first_lo) * sizeof *e->first_idx);
	e->last_idx = mf__arena_dup(a, e->last_idx,
				((size_t)e->last_hi + 2 - e->last_lo) * sizeof *e->last_idx);
	if (!e->rev || !e->first_idx || !e->last_idx)
		return -1;
	return 0;
}

static int relayout_gap(struct mf__arena *a, struct mf__elem *e)
{
	return (e->set = cset_dup(a, e->set)) ? 0 : -1;
}

/* A copy of n bytes at v, at a multiple of align. */
static void *relayout_dup(struct mf__arena *a, const void *v, size_t n, size_t align,
			  int *failed)
{
	void *copy = mf__arena_alloc_aligned(a, n ? n : 1, align);

	if (copy)
		memcpy(copy, v, n ? n : 1);
	*failed |= copy == NULL;
	return copy;
}

/* Move the plan into a fresh arena: first what every literal hit reads
 * (lit_index, gate_lits, uses, lit_gates, chains), then each chain's run, then what
 * only compiling the literal database reads; the old arena is freed. */
static int plan_relayout(struct mf__plan *p)
{
	struct mf__arena *a = mf__arena_new(PLAN_BLOCK, PLAN_MAX);
	size_t c;
	int failed = 0;

	if (!a)
		return -1;
	/* 64-byte lines: an entry of these never straddles two */
	p->lit_index = relayout_dup(a, p->lit_index, p->n_use_literals * sizeof *p->lit_index, 64,
				    &failed);
	p->gate_lits = relayout_dup(a, p->gate_lits,
				    (p->n_literals - p->n_use_literals) * sizeof *p->gate_lits, 64,
				    &failed);
	p->uses = relayout_dup(a, p->uses, p->n_uses * sizeof *p->uses, 64, &failed);
	p->lit_gates = relayout_dup(a, p->lit_gates, p->n_gates * sizeof *p->lit_gates, 64, &failed);
	p->chains = relayout_dup(a, p->chains, p->n_chains * sizeof *p->chains, 64, &failed);
	for (c = 0; !failed && c < p->n_chains; c++) {
		struct mf__chain *ch = &p->chains[c];
		struct mf__elem *elems = mf__arena_alloc_aligned(a, ch->n_elems * sizeof *elems, 64);
		if (!elems)
			break;
		memcpy(elems, ch->elems, ch->n_elems * sizeof *elems);
		for (uint32_t i = 0; !failed && i < ch->n_elems; i++)
			failed = (elems[i].kind == MF__ELEM_FACTOR ? relayout_factor(a, &elems[i])
								   : relayout_gap(a, &elems[i])) != 0;
		ch->elems = elems;
	}
	failed |= c < p->n_chains;
	p->gates = relayout_dup(a, p->gates, p->n_gates * sizeof *p->gates, 16, &failed);
	p->literal_len = relayout_dup(a, p->literal_len, p->n_literals * sizeof *p->literal_len, 16,
				      &failed);
	p->literals = relayout_dup(a, p->literals, p->n_literals * sizeof *p->literals, 16, &failed);
	for (size_t i = 0; !failed && i < p->n_literals; i++)
		p->literals[i] = relayout_dup(a, p->literals[i], p->literal_len[i], 16, &failed);
	if (failed) {
		mf__arena_free(a);
		return -1;
	}
	mf__arena_free(p->arena);
	p->arena = a;
	return 0;
}

_Static_assert(sizeof(struct mf__elem) == 192 && offsetof(struct mf__elem, first) == 64 &&
		       offsetof(struct mf__elem, last) == 128,
	       "an element is three cache lines: what any visit, a forward and a backward visit read");

_Static_assert(MAX_LITS <= 4096, "struct mf__use keeps a factor's string in 12 bits");
_Static_assert(sizeof(struct mf__use) == 24 && sizeof(struct mf__lit_index) == 32,
	       "a literal's entry, with its one use, is half a cache line");

static int cmp_pend(const void *x, const void *y)
{
	const struct pending *a = x, *b = y;

	if (a->literal != b->literal)
		return a->literal < b->literal ? -1 : 1;
	if (a->use.chain != b->use.chain)
		return a->use.chain < b->use.chain ? -1 : 1;
	if (a->use.lit != b->use.lit)
		return a->use.lit < b->use.lit ? -1 : 1;
	return a->use.rule < b->use.rule ? -1 : a->use.rule > b->use.rule;
}

int mf__plan_build(struct mf__plan **out, const struct mf__data *d, struct mf_error *err)
{
	struct plan_builder b;
	struct mf__arena *tmp = mf__arena_new(PLAN_BLOCK, PLAN_SCRATCH_MAX);
	struct mf__plan *p = calloc(1, sizeof *p);
	int rc = 0;

	*out = NULL;
	memset(&b, 0, sizeof b);
	if (!tmp || !p || !(p->arena = mf__arena_new(PLAN_BLOCK, PLAN_MAX)) ||
	    !(p->always = calloc(d->n_rules + 1, sizeof *p->always))) {
		mf__arena_free(tmp);
		mf__plan_free(p);
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	}
	b.d = d;
	b.p = p;
	b.tmp = tmp;
	for (size_t i = 0; !rc && i < d->n_patterns; i++) {
		const struct mf__pattern *pt = &d->patterns[i];
		if (d->rules[pt->rule].reason)
			continue;
		rc = plan_pattern(&b, pt->expr, pt->rule) < 0;
	}
	if (!rc && d->negation_pattern) {
		int r = plan_pattern(&b, d->negation_pattern, -1);
		rc = r < 0;
		p->cues_unknown = r == 1;
	}
	if (!rc) {
		long n = uses_first(&b);
		rc = n < 0;
		p->n_use_literals = n < 0 ? 0 : (size_t)n;
	}
	/* group the uses by literal: one in place, more in uses[] */
	if (!rc) {
		qsort(b.pend, b.n_pend, sizeof *b.pend, cmp_pend);
		p->lit_index = mf__arena_dup(p->arena, NULL, (p->n_use_literals + 1) * sizeof *p->lit_index);
		p->gate_lits = mf__arena_dup(p->arena, NULL,
					 (b.n_lit - p->n_use_literals + 1) * sizeof *p->gate_lits);
		p->uses = mf__arena_alloc(p->arena, (b.n_pend + 1) * sizeof *p->uses);
		p->literals = mf__arena_dup(p->arena, b.lit, (b.n_lit + 1) * sizeof *b.lit);
		p->literal_len = mf__arena_dup(p->arena, b.lit_len, (b.n_lit + 1) * sizeof *b.lit_len);
		p->chains = mf__arena_dup(p->arena, b.chains, (b.n_chains + 1) * sizeof *b.chains);
		p->gates = mf__arena_dup(p->arena, b.gates, (b.n_gates + 1) * sizeof *b.gates);
		p->n_gates = b.n_gates;
		rc = !p->lit_index || !p->gate_lits || !p->uses || !p->literals || !p->literal_len ||
		     !p->chains || !p->gates;
	}
	if (!rc) {
		size_t k = 0;
		for (size_t i = 0; i < p->n_use_literals; i++) {
			struct mf__lit_index *li = &p->lit_index[i];
			size_t from = k;
			while (k < b.n_pend && b.pend[k].literal == i)
				k++;
			if (k - from > MF__LIT_MAX_USES) {
				rc = TOO_MANY_USES;
				break;
			}
			li->n_uses = (uint16_t)(k - from);
			if (li->n_uses == 1) {
				li->one = b.pend[from].use;
			} else {
				li->first = (uint32_t)p->n_uses;
				for (size_t u = from; u < k; u++)
					p->uses[p->n_uses++] = b.pend[u].use;
			}
		}
		p->n_literals = b.n_lit;
		p->n_chains = b.n_chains;
		p->n_gate_ids = b.n_gate_ids;
		if (!rc)
			rc = invert_gates(p);
	}
	if (!rc)
		rc = plan_relayout(p);
	mf__arena_free(tmp);
	free(b.chains);
	free(b.pend);
	free(b.slots);
	free(b.lit);
	free(b.lit_len);
	free(b.gates);
	if (rc) {
		mf__plan_free(p);
		if (rc == TOO_MANY_USES)
			return mf__fail(err, MF_EDATA, NULL, "split the rules that share it",
					"a literal is shared by more than %u patterns or gates",
					(unsigned)MF__LIT_MAX_USES);
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory compiling the patterns");
	}
	*out = p;
	return 0;
}

void *mf__plan_image(struct mf__plan *p, size_t n)
{
	/* one block: the image is contiguous */
	p->arena = mf__arena_new(n + 64, PLAN_MAX);
	return p->arena ? mf__arena_alloc_uninit(p->arena, n, 64) : NULL;
}

void mf__plan_free(struct mf__plan *p)
{
	if (!p)
		return;
	mf__arena_free(p->arena);
	free(p->always);
	free(p);
}
