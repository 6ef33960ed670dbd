/*
 * gmime_lib.c: load GMime the first time explain needs it (dlopen of the
 * library CMake found with pkg-config, by its soname MF_GMIME_SONAME) and
 * look up the GMime and GLib functions bounce_mime.c calls (gmime_lib.h;
 * GLib's through GMime's handle, which depends on it).  Once per process,
 * whichever thread asks first; the library stays loaded until the
 * process ends, as a linked one would.  The same as curl_lib.c does for
 * libcurl.
 */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "dl_table.h"
#define MF_GMIME_LIB_NO_NAMES
#include "gmime_lib.h"

#ifndef MF_GMIME_SONAME
#define MF_GMIME_SONAME "libgmime-3.0.so.0"
#endif

/* What loading gave, set once under pthread_once and only read after. */
struct loaded {
	struct mf__gmime api;
	int ok;
	char why[256];
};

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static struct loaded loaded;

#define FN(f) {#f, offsetof(struct mf__gmime, f)}
static const struct mf__dl_fn functions[] = {
	FN(g_ascii_strcasecmp),
	FN(g_ascii_strncasecmp),
	FN(g_ascii_tolower),
	FN(g_byte_array_append),
	FN(g_byte_array_free),
	FN(g_byte_array_new),
	FN(g_byte_array_set_size),
	FN(g_convert),
	FN(g_free),
	FN(g_mime_content_disposition_get_disposition),
	FN(g_mime_content_encoding_from_string),
	FN(g_mime_content_type_get_media_subtype),
	FN(g_mime_content_type_get_media_type),
	FN(g_mime_content_type_get_parameter),
	FN(g_mime_content_type_is_type),
	FN(g_mime_content_type_parse),
	FN(g_mime_data_wrapper_get_encoding),
	FN(g_mime_data_wrapper_get_stream),
	FN(g_mime_data_wrapper_write_to_stream),
	FN(g_mime_filter_basic_new),
	FN(g_mime_filter_charset_new),
	FN(g_mime_header_get_name),
	FN(g_mime_header_get_raw_value),
	FN(g_mime_header_get_value),
	FN(g_mime_header_list_get_count),
	FN(g_mime_header_list_get_header_at),
	FN(g_mime_iconv_close),
	FN(g_mime_iconv_open),
	FN(g_mime_init),
	FN(g_mime_message_get_mime_part),
	FN(g_mime_message_get_type),
	FN(g_mime_message_part_get_message),
	FN(g_mime_message_part_get_type),
	FN(g_mime_multipart_get_count),
	FN(g_mime_multipart_get_part),
	FN(g_mime_multipart_get_type),
	FN(g_mime_object_get_content_disposition),
	FN(g_mime_object_get_content_type),
	FN(g_mime_object_get_header_list),
	FN(g_mime_object_get_type),
	FN(g_mime_object_register_type),
	FN(g_mime_parser_construct_message),
	FN(g_mime_parser_construct_part),
	FN(g_mime_parser_init_with_stream),
	FN(g_mime_parser_new_with_stream),
	FN(g_mime_parser_set_format),
	FN(g_mime_part_get_content),
	FN(g_mime_part_get_filename),
	FN(g_mime_part_get_type),
	FN(g_mime_stream_filter_add),
	FN(g_mime_stream_filter_get_type),
	FN(g_mime_stream_filter_new),
	FN(g_mime_stream_mem_get_byte_array),
	FN(g_mime_stream_mem_get_type),
	FN(g_mime_stream_mem_new),
	FN(g_mime_stream_mem_new_with_buffer),
	FN(g_mime_stream_mem_set_byte_array),
	FN(g_mime_stream_read),
	FN(g_mime_stream_reset),
	FN(g_mime_utils_header_decode_text),
	FN(g_mime_utils_header_unfold),
	FN(g_object_unref),
	FN(g_strndup),
	FN(g_type_check_instance_cast),
	FN(g_type_check_instance_is_a),
	FN(g_utf8_validate),
};
#undef FN

static void load(void)
{
	loaded.ok = mf__dl_table(MF_GMIME_SONAME, functions, sizeof functions / sizeof functions[0],
				 &loaded.api, loaded.why, sizeof loaded.why) != NULL;
}

int mf__gmime_load(char *why, size_t n)
{
	pthread_once(&load_once, load);
	if (!loaded.ok && why && n)
		snprintf(why, n, "%s", loaded.why);
	return loaded.ok;
}

const struct mf__gmime *mf__gmime(void)
{
	pthread_once(&load_once, load);
	return &loaded.api;
}
