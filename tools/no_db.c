/*
 * no_db.c: an empty embedded database, route guess, pattern plan and zh
 * map and documents, for tools/mkdb.c itself (which makes the real ones): both labels
 * of each mark the same address, length 0, so the patterns are compiled
 * and lowered and every file parsed from its JSON at start.
 */
__asm__(".section .rodata\n"
	".global mf__embedded_db\n"
	"mf__embedded_db:\n"
	".global mf__embedded_db_end\n"
	"mf__embedded_db_end:\n"
	".byte 0\n"
	".global mf__embedded_guess\n"
	"mf__embedded_guess:\n"
	".global mf__embedded_guess_end\n"
	"mf__embedded_guess_end:\n"
	".byte 0\n"
	".global mf__embedded_plan\n"
	"mf__embedded_plan:\n"
	".global mf__embedded_plan_end\n"
	"mf__embedded_plan_end:\n"
	".byte 0\n"
	".global mf__embedded_zh\n"
	"mf__embedded_zh:\n"
	".global mf__embedded_zh_end\n"
	"mf__embedded_zh_end:\n"
	".byte 0\n"
	".byte 0\n"
	".global mf__embedded_docs\n"
	"mf__embedded_docs:\n"
	".global mf__embedded_docs_end\n"
	"mf__embedded_docs_end:\n"
	".previous\n");
