/*
 * no_db.c: an empty embedded database, for tools/mkdb.c itself (which
 * makes the real one): both labels mark the same address, length 0, so
 * the patterns are compiled at start.
 */
__asm__(".section .rodata\n"
	".global mf__embedded_db\n"
	"mf__embedded_db:\n"
	".global mf__embedded_db_end\n"
	"mf__embedded_db_end:\n"
	".byte 0\n"
	".previous\n");
