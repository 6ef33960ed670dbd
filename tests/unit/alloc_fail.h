/*
 * alloc_fail.h: fail the Nth allocation made by mailfix's own code
 * (SQLite-style fault injection).  The unit tests link with
 * -Wl,--wrap=malloc,... so that calls from libmailfix's objects come here;
 * the shared libraries we use (jansson, Vectorscan) are not affected.
 */
#ifndef MF_ALLOC_FAIL_H
#define MF_ALLOC_FAIL_H

/* From now on, fail the nth allocation (1 = the next one); 0 = never. */
void alloc_fail_after(long nth);
/* How many allocations were made since the last alloc_fail_after(). */
long alloc_fail_count(void);

#endif
