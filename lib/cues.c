/*
 * cues.c: the words around a match that change what it means.  A
 * negation cue before it cancels it ("no 550", "不是账号冻结", lexicon.json).
 * Context cues are rules of their own (a rule's "context" key,
 * data/rules/context.json):
 * - "resolved", after a match in the same clause: the problem is over
 *   ("SPF passes now", "the 550 from Tuesday is resolved"), unless a
 *   "contrast" cue stands between ("junk despite SPF pass");
 * - "topic-shift": what follows is today's problem ("New problem
 *   though:"), what came before is history;
 * - "quote": an earlier message of a thread starts here ("-----Original
 *   Message-----", "> On Mon, IT Support wrote:"), history when the
 *   newest message has evidence of its own; so are the lines of the
 *   query quoted with '>' (route.c finds them), above or below it;
 * - "guess", before a match in the same phrase ("after we changed",
 *   "admin says"): a change the user suspects or a finding told second
 *   hand, which gives way to evidence of another path seen elsewhere in
 *   the text; "asked", a guess put as a question ("is it possible",
 *   "是不是") or an opinion ("I think", "maybe", "同事说是": context.json's
 *   context.opinion), gives way also to evidence of another cause on its
 *   own path ("是不是被冻结了 ... 输完验证码又回到登录页");
 * - "ended", after a match in the same sentence, across clauses and
 *   contrasts ("we saw a 550 SPF bounce, but the admin fixed the record
 *   and the bounces stopped", "退信就没有了"): the kind of failure the
 *   sentence told of has stopped, so what it named is history;
 * - "turn", at a line's start ("bot:", "智能客服：", "Your canned reply
 *   said:"): the rest of the line (up to the closing quote when the turn
 *   opens a quotation, route.c) is a chat-bot's, agent's or help desk's
 *   suggestion, put to the user like a question: any cause the user then
 *   shows outweighs it, on its own path too ("asked").
 * route.c decides with these; this file only reads the text around a span.
 */
#include <string.h>

#include "cues.h"

/* How far before a match a negation cue may sit (bytes of normalized text). */
#define NEGATION_WINDOW 48
/* How far after a match its "resolved" cue may start (a Chinese cue
 * must follow at once: "打不开 别的网站都正常" speaks of other sites), and
 * how far before it its "guess" cue may end. */
#define RESOLVED_WINDOW 32
#define RESOLVED_WINDOW_HAN 9
#define GUESS_WINDOW 64
/* How far after a match an "ended" cue may start (same sentence). */
#define ENDED_WINDOW 160

static size_t skip_spaces_back(const char *t, size_t end)
{
	while (end > 0 && t[end - 1] == ' ')
		end--;
	return end;
}

/* Does a negation cue end at `end`?  ASCII cues must be whole words. */
static int cue_at(const struct mf__data *d, const char *t, size_t end)
{
	if (!end || !d->negation_last_byte[(unsigned char)t[end - 1]])
		return 0;
	for (size_t i = 0; i < d->n_negation_cues; i++) {
		const char *cue = d->negation_cues[i];
		size_t n = d->negation_cue_len[i];
		if (n <= end && memcmp(t + end - n, cue, n) == 0) {
			unsigned char before = end > n ? (unsigned char)t[end - n - 1] : ' ';
			if ((unsigned char)cue[0] >= 0x80 ||
			    !((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9')))
				return 1;
		}
	}
	return 0;
}

/* If one of `words` ends at `end` (an ASCII one as a whole word; a
 * Chinese one anywhere, Chinese has no spaces), return where it starts. */
static size_t word_before(const char *t, size_t end, const char *const *words,
			  const size_t *len, const uint8_t last_byte[256], size_t n_words)
{
	if (end == 0 || !last_byte[(unsigned char)t[end - 1]])
		return (size_t)-1;
	for (size_t i = 0; i < n_words; i++) {
		size_t n = len[i];
		if (n > end || memcmp(t + end - n, words[i], n) != 0)
			continue;
		if ((unsigned char)words[i][0] >= 0x80 || end == n || t[end - n - 1] == ' ')
			return end - n;
	}
	return (size_t)-1;
}

/* Where the code token ("550", "5.7.1", "0x800ccc0e") ending at `end`
 * starts, or (size_t)-1: "no 550 bounce" negates the bounce. */
static size_t code_before(const char *t, size_t end)
{
	size_t s = end;
	int digit = 0;

	while (s > 0 && ((t[s - 1] >= '0' && t[s - 1] <= '9') || t[s - 1] == '.' ||
			 t[s - 1] == '-' || (t[s - 1] >= 'a' && t[s - 1] <= 'f') || t[s - 1] == 'x')) {
		digit |= t[s - 1] >= '0' && t[s - 1] <= '9';
		s--;
	}
	if (!digit || s == end || !(s == 0 || t[s - 1] == ' ' || (unsigned char)t[s - 1] >= 0x80))
		return (size_t)-1;
	/* a code, not a word of hex letters that happens to hold a digit */
	if (end - s > 3 && !(t[s] >= '0' && t[s] <= '9'))
		return (size_t)-1;
	return s;
}

/* Where a Chinese list item ending at `end` (before a conjunction)
 * begins: the end of the filler or cue word before it, at most four
 * characters back; (size_t)-1 when there is none (Chinese has no spaces
 * to end an item). */
static size_t zh_item_start(const struct mf__data *d, const char *t, size_t end)
{
	size_t p = end;

	for (int k = 0; k < 4 && p > 0; k++) {
		do
			p--;
		while (p > 0 && ((unsigned char)t[p] & 0xc0) == 0x80);
		if (cue_at(d, t, p) ||
		    word_before(t, p, d->filler_words, d->filler_word_len, d->filler_last_byte,
				d->n_filler_words) != (size_t)-1)
			return p;
	}
	return (size_t)-1;
}

/* Is the match at `start` negated: "no 550", "not any SPF error", "we
 * never got an SPF error", "no 550 or 554", "no 550 bounce", "没有报 503",
 * "不是账号冻结", "没有收到任何退信或 550"?  A cue may stand before the match
 * with up to two filler words or a code between (lexicon.json), or before
 * the first item of a list the match ends ("no 550 or 554"). */
int mf__negated(const struct mf__data *d, const char *t, size_t start)
{
	size_t end = skip_spaces_back(t, start);

	for (int step = 0; step < 4 && start - end <= NEGATION_WINDOW; step++) {
		size_t w;

		if (cue_at(d, t, end))
			return 1;
		if ((w = word_before(t, end, d->filler_words, d->filler_word_len,
					 d->filler_last_byte, d->n_filler_words)) != (size_t)-1 ||
		    (step == 0 && (w = code_before(t, end)) != (size_t)-1)) {
			end = skip_spaces_back(t, w);
			continue;
		}
		if ((w = word_before(t, end, d->conjunctions, d->conjunction_len,
					 d->conjunction_last_byte, d->n_conjunctions)) != (size_t)-1) {
			/* Step over the conjunction and the list item before it. */
			end = skip_spaces_back(t, w);
			if (end > 0 && (unsigned char)t[end - 1] >= 0x80) {
				if ((end = zh_item_start(d, t, end)) == (size_t)-1)
					return 0;
				continue;
			}
			while (end > 0 && t[end - 1] != ' ' && t[end - 1] != ',')
				end--;
			end = skip_spaces_back(t, end);
			continue;
		}
		return 0;
	}
	return 0;
}

/* "不是账号冻结": the words "冻结" inside the negated "账号冻结" are
 * negated with it.  Is span k of `rule` inside a negated span of it? */
int mf__inside_negated(const struct mf__data *d, const char *t, const struct mf__match *spans,
			  size_t n, size_t k, int rule)
{
	for (size_t j = 0; j < n; j++)
		if (j != k && spans[j].rule == rule && spans[j].start <= spans[k].start &&
		    spans[j].end >= spans[k].end && mf__negated(d, t, spans[j].start))
			return 1;
	return 0;
}

/* Does a phrase (kind PHRASE: up to a ':' too, or a space between two
 * Chinese characters), a clause (up to a ',') or a sentence end inside
 * t[from, to)?  A '.' ends one only before white space or the end
 * ("5.7.1" and host names go on); the ideographic full stop always does.
 * Chinese typed in a hurry on a phone or in a chat puts a space where
 * the comma goes ("估计是mx的问题 但其实outlook一直超时"); written Chinese
 * has no space between two characters, and a space beside a Latin word
 * ("提示 AccountFrozen") is spacing, not a pause. */
enum boundary { SENTENCE, CLAUSE, PHRASE };

static int ends_between(const char *t, size_t len, size_t from, size_t to, enum boundary kind)
{
	for (size_t i = from; i < to && i < len; i++) {
		unsigned char c = (unsigned char)t[i];

		if (c == '!' || c == '?' || c == ';' || c == '\n' ||
		    (c == '.' && (i + 1 >= len || t[i + 1] == ' ' || t[i + 1] == '\n')) ||
		    (kind != SENTENCE && c == ',') || (kind == PHRASE && c == ':'))
			return 1;
		/* a space between two Chinese characters (U+3400..U+9FFF lead
		 * with 0xe3..0xe9; the byte before the space ends a multi-byte
		 * character) */
		if (kind == PHRASE && c == ' ' && i > 0 && i + 1 < len &&
		    (unsigned char)t[i - 1] >= 0x80 && (unsigned char)t[i + 1] >= 0xe3 &&
		    (unsigned char)t[i + 1] <= 0xe9)
			return 1;
		/* 。 (U+3002); the full-width ，；！？ are ASCII after NFKC */
		if (c == 0xe3 && i + 2 < len && (unsigned char)t[i + 1] == 0x80 &&
		    (unsigned char)t[i + 2] == 0x82)
			return 1;
	}
	return 0;
}

/* Does a contrast cue ("despite", "but") start inside [from, to)? */
static int contrast_between(const struct mf__context_cues *c, uint32_t from, uint32_t to)
{
	for (size_t i = 0; i < c->n_contrast; i++)
		if (c->contrast[i] >= from && c->contrast[i] < to)
			return 1;
	return 0;
}

void mf__context_add(struct mf__context_cues *c, enum mf__context_kind kind, uint32_t start,
		     uint32_t end)
{
	switch (kind) {
	case MF__CONTEXT_SHIFT:
		if (!c->has_shift || start > c->shift_at)
			c->shift_at = start;
		c->has_shift = 1;
		break;
	case MF__CONTEXT_RESOLVED:
		if (c->n_resolved < MF__MAX_CONTEXT_CUES)
			c->resolved[c->n_resolved++] = start;
		break;
	case MF__CONTEXT_GUESS:
	case MF__CONTEXT_ASKED:
		if (c->n_guess < MF__MAX_CONTEXT_CUES) {
			c->guess_asked[c->n_guess] = kind == MF__CONTEXT_ASKED;
			c->guess_start[c->n_guess] = start;
			c->guess_end[c->n_guess++] = end;
		}
		break;
	case MF__CONTEXT_QUOTE:
		if (!c->has_quote || start < c->quote_at)
			c->quote_at = start;
		c->has_quote = 1;
		break;
	case MF__CONTEXT_CONTRAST:
		if (c->n_contrast < MF__MAX_CONTEXT_CUES)
			c->contrast[c->n_contrast++] = start;
		break;
	case MF__CONTEXT_ENDED:
		if (c->n_ended < MF__MAX_CONTEXT_CUES) {
			c->ended[c->n_ended] = start;
			c->ended_end[c->n_ended++] = end;
		}
		break;
	case MF__CONTEXT_TURN:
		if (c->n_turn < MF__MAX_CONTEXT_CUES) {
			c->turn[c->n_turn] = start;
			c->turn_end[c->n_turn++] = end;
		}
		break;
	case MF__CONTEXT_NONE:
		break;
	}
}

enum mf__span_state mf__span_context(const struct mf__context_cues *c, const char *t, size_t len,
				     uint32_t start, uint32_t end, unsigned mode)
{
	if ((mode & MF__USE_SHIFT) && c->has_shift && start < c->shift_at)
		return MF__SPAN_HISTORY;
	if ((mode & MF__USE_QUOTE) && c->has_quote && start >= c->quote_at)
		return MF__SPAN_HISTORY;
	for (size_t i = 0; (mode & MF__USE_QUOTE) && i < c->n_quoted; i++)
		if (start >= c->quoted_from[i] && end <= c->quoted_to[i])
			return MF__SPAN_HISTORY;
	for (size_t i = 0; i < c->n_resolved; i++) {
		uint32_t r = c->resolved[i];
		size_t window = (unsigned char)t[r] >= 0x80 ? RESOLVED_WINDOW_HAN : RESOLVED_WINDOW;
		if (r >= end && r - end <= window && !ends_between(t, len, end, r, CLAUSE) &&
		    !contrast_between(c, end, r))
			return MF__SPAN_HISTORY;
	}
	for (size_t i = 0; i < c->n_ended; i++) {
		uint32_t e = c->ended[i];
		/* (the cue's own "bounces" is over too) */
		if ((e >= end && e - end <= ENDED_WINDOW && start >= c->ended_from[i] &&
		     !ends_between(t, len, end, e, SENTENCE)) ||
		    (start >= e && end <= c->ended_end[i]))
			return MF__SPAN_HISTORY;
	}
	/* what a bot, an agent or a help desk's macro says on its line is a
	 * suggestion the user answers: it gives way like a question */
	for (size_t i = 0; i < c->n_turn; i++)
		if (start >= c->turn[i] && end <= c->turn_end[i])
			return MF__SPAN_ASKED;
	/* (a cue may take the match's first word: "要去改" before "改 DNS";
	 * a cue that covers the whole match from its first byte is a
	 * question about it: "账号被冻结了吗?" at the start of the text;
	 * a guess stated beats one asked) */
	enum mf__span_state st = MF__SPAN_LIVE;
	for (size_t i = 0; i < c->n_guess && st != MF__SPAN_GUESS; i++) {
		uint32_t g = c->guess_end[i];
		if ((c->guess_start[i] < start || (c->guess_start[i] == start && g >= end)) &&
		    (g >= start || (start - g <= GUESS_WINDOW &&
				    !ends_between(t, len, g, start, PHRASE))))
			st = c->guess_asked[i] ? MF__SPAN_ASKED : MF__SPAN_GUESS;
	}
	return st;
}
