/*
 * gmime_lib.h: the GMime and GLib functions explain calls (bounce_mime.c
 * only, which includes this header instead of <gmime/gmime.h>).  GMime is
 * loaded when explain first needs it (gmime_lib.c), not when the program
 * starts: it and the libraries it brings (GLib, GObject, GIO, GPGME,
 * libassuan, libidn2 ...) cost every start of every other command 3.3 ms
 * of CPU and about 7 M instructions of the dynamic loader (an empty
 * program linked with and without them, perf stat and callgrind,
 * 2026-11-28), as libcurl did (curl_lib.c).  Each name below stands for
 * the loaded function of the header's own type, so that the code and
 * GMime's macros (GMIME_IS_PART ...) read as with a linked library.
 */
#ifndef MF_GMIME_LIB_H
#define MF_GMIME_LIB_H

#include <stddef.h>

#include <gmime/gmime.h>

struct mf__gmime {
	__typeof__(g_ascii_strcasecmp) *g_ascii_strcasecmp;
	__typeof__(g_ascii_strncasecmp) *g_ascii_strncasecmp;
	__typeof__(g_ascii_tolower) *g_ascii_tolower;
	__typeof__(g_byte_array_append) *g_byte_array_append;
	__typeof__(g_byte_array_free) *g_byte_array_free;
	__typeof__(g_byte_array_new) *g_byte_array_new;
	__typeof__(g_byte_array_set_size) *g_byte_array_set_size;
	__typeof__(g_convert) *g_convert;
	__typeof__(g_free) *g_free;
	__typeof__(g_mime_content_disposition_get_disposition) *g_mime_content_disposition_get_disposition;
	__typeof__(g_mime_content_encoding_from_string) *g_mime_content_encoding_from_string;
	__typeof__(g_mime_content_type_get_media_subtype) *g_mime_content_type_get_media_subtype;
	__typeof__(g_mime_content_type_get_media_type) *g_mime_content_type_get_media_type;
	__typeof__(g_mime_content_type_get_parameter) *g_mime_content_type_get_parameter;
	__typeof__(g_mime_content_type_is_type) *g_mime_content_type_is_type;
	__typeof__(g_mime_content_type_parse) *g_mime_content_type_parse;
	__typeof__(g_mime_data_wrapper_get_encoding) *g_mime_data_wrapper_get_encoding;
	__typeof__(g_mime_data_wrapper_get_stream) *g_mime_data_wrapper_get_stream;
	__typeof__(g_mime_data_wrapper_write_to_stream) *g_mime_data_wrapper_write_to_stream;
	__typeof__(g_mime_filter_basic_new) *g_mime_filter_basic_new;
	__typeof__(g_mime_filter_charset_new) *g_mime_filter_charset_new;
	__typeof__(g_mime_header_get_name) *g_mime_header_get_name;
	__typeof__(g_mime_header_get_raw_value) *g_mime_header_get_raw_value;
	__typeof__(g_mime_header_get_value) *g_mime_header_get_value;
	__typeof__(g_mime_header_list_get_count) *g_mime_header_list_get_count;
	__typeof__(g_mime_header_list_get_header_at) *g_mime_header_list_get_header_at;
	__typeof__(g_mime_iconv_close) *g_mime_iconv_close;
	__typeof__(g_mime_iconv_open) *g_mime_iconv_open;
	__typeof__(g_mime_init) *g_mime_init;
	__typeof__(g_mime_message_get_mime_part) *g_mime_message_get_mime_part;
	__typeof__(g_mime_message_get_type) *g_mime_message_get_type;
	__typeof__(g_mime_message_part_get_message) *g_mime_message_part_get_message;
	__typeof__(g_mime_message_part_get_type) *g_mime_message_part_get_type;
	__typeof__(g_mime_multipart_get_count) *g_mime_multipart_get_count;
	__typeof__(g_mime_multipart_get_part) *g_mime_multipart_get_part;
	__typeof__(g_mime_multipart_get_type) *g_mime_multipart_get_type;
	__typeof__(g_mime_object_get_content_disposition) *g_mime_object_get_content_disposition;
	__typeof__(g_mime_object_get_content_type) *g_mime_object_get_content_type;
	__typeof__(g_mime_object_get_header_list) *g_mime_object_get_header_list;
	__typeof__(g_mime_object_get_type) *g_mime_object_get_type;
	__typeof__(g_mime_object_register_type) *g_mime_object_register_type;
	__typeof__(g_mime_parser_construct_message) *g_mime_parser_construct_message;
	__typeof__(g_mime_parser_construct_part) *g_mime_parser_construct_part;
	__typeof__(g_mime_parser_init_with_stream) *g_mime_parser_init_with_stream;
	__typeof__(g_mime_parser_new_with_stream) *g_mime_parser_new_with_stream;
	__typeof__(g_mime_parser_set_format) *g_mime_parser_set_format;
	__typeof__(g_mime_part_get_content) *g_mime_part_get_content;
	__typeof__(g_mime_part_get_filename) *g_mime_part_get_filename;
	__typeof__(g_mime_part_get_type) *g_mime_part_get_type;
	__typeof__(g_mime_stream_filter_add) *g_mime_stream_filter_add;
	__typeof__(g_mime_stream_filter_get_type) *g_mime_stream_filter_get_type;
	__typeof__(g_mime_stream_filter_new) *g_mime_stream_filter_new;
	__typeof__(g_mime_stream_mem_get_byte_array) *g_mime_stream_mem_get_byte_array;
	__typeof__(g_mime_stream_mem_get_type) *g_mime_stream_mem_get_type;
	__typeof__(g_mime_stream_mem_new) *g_mime_stream_mem_new;
	__typeof__(g_mime_stream_mem_new_with_buffer) *g_mime_stream_mem_new_with_buffer;
	__typeof__(g_mime_stream_mem_set_byte_array) *g_mime_stream_mem_set_byte_array;
	__typeof__(g_mime_stream_read) *g_mime_stream_read;
	__typeof__(g_mime_stream_reset) *g_mime_stream_reset;
	__typeof__(g_mime_utils_header_decode_text) *g_mime_utils_header_decode_text;
	__typeof__(g_mime_utils_header_unfold) *g_mime_utils_header_unfold;
	__typeof__(g_object_unref) *g_object_unref;
	__typeof__(g_strndup) *g_strndup;
	__typeof__(g_type_check_instance_cast) *g_type_check_instance_cast;
	__typeof__(g_type_check_instance_is_a) *g_type_check_instance_is_a;
	__typeof__(g_utf8_validate) *g_utf8_validate;
};

/* GMime, loaded and its functions looked up once per process, from any
 * thread: 1, or 0 with why in why[n] (when why is not NULL). */
int mf__gmime_load(char *why, size_t n);
/* The functions (loading them first); their members are NULL when
 * mf__gmime_load says 0: every caller asks it first. */
const struct mf__gmime *mf__gmime(void);

/* (gmime_lib.c, which fills the struct, defines MF_GMIME_LIB_NO_NAMES) */

#ifndef MF_GMIME_LIB_NO_NAMES
#define g_ascii_strcasecmp (mf__gmime()->g_ascii_strcasecmp)
#define g_ascii_strncasecmp (mf__gmime()->g_ascii_strncasecmp)
#define g_ascii_tolower (mf__gmime()->g_ascii_tolower)
#define g_byte_array_append (mf__gmime()->g_byte_array_append)
#define g_byte_array_free (mf__gmime()->g_byte_array_free)
#define g_byte_array_new (mf__gmime()->g_byte_array_new)
#define g_byte_array_set_size (mf__gmime()->g_byte_array_set_size)
#define g_convert (mf__gmime()->g_convert)
#define g_free (mf__gmime()->g_free)
#define g_mime_content_disposition_get_disposition (mf__gmime()->g_mime_content_disposition_get_disposition)
#define g_mime_content_encoding_from_string (mf__gmime()->g_mime_content_encoding_from_string)
#define g_mime_content_type_get_media_subtype (mf__gmime()->g_mime_content_type_get_media_subtype)
#define g_mime_content_type_get_media_type (mf__gmime()->g_mime_content_type_get_media_type)
#define g_mime_content_type_get_parameter (mf__gmime()->g_mime_content_type_get_parameter)
#define g_mime_content_type_is_type (mf__gmime()->g_mime_content_type_is_type)
#define g_mime_content_type_parse (mf__gmime()->g_mime_content_type_parse)
#define g_mime_data_wrapper_get_encoding (mf__gmime()->g_mime_data_wrapper_get_encoding)
#define g_mime_data_wrapper_get_stream (mf__gmime()->g_mime_data_wrapper_get_stream)
#define g_mime_data_wrapper_write_to_stream (mf__gmime()->g_mime_data_wrapper_write_to_stream)
#define g_mime_filter_basic_new (mf__gmime()->g_mime_filter_basic_new)
#define g_mime_filter_charset_new (mf__gmime()->g_mime_filter_charset_new)
#define g_mime_header_get_name (mf__gmime()->g_mime_header_get_name)
#define g_mime_header_get_raw_value (mf__gmime()->g_mime_header_get_raw_value)
#define g_mime_header_get_value (mf__gmime()->g_mime_header_get_value)
#define g_mime_header_list_get_count (mf__gmime()->g_mime_header_list_get_count)
#define g_mime_header_list_get_header_at (mf__gmime()->g_mime_header_list_get_header_at)
#define g_mime_iconv_close (mf__gmime()->g_mime_iconv_close)
#define g_mime_iconv_open (mf__gmime()->g_mime_iconv_open)
#define g_mime_init (mf__gmime()->g_mime_init)
#define g_mime_message_get_mime_part (mf__gmime()->g_mime_message_get_mime_part)
#define g_mime_message_get_type (mf__gmime()->g_mime_message_get_type)
#define g_mime_message_part_get_message (mf__gmime()->g_mime_message_part_get_message)
#define g_mime_message_part_get_type (mf__gmime()->g_mime_message_part_get_type)
#define g_mime_multipart_get_count (mf__gmime()->g_mime_multipart_get_count)
#define g_mime_multipart_get_part (mf__gmime()->g_mime_multipart_get_part)
#define g_mime_multipart_get_type (mf__gmime()->g_mime_multipart_get_type)
#define g_mime_object_get_content_disposition (mf__gmime()->g_mime_object_get_content_disposition)
#define g_mime_object_get_content_type (mf__gmime()->g_mime_object_get_content_type)
#define g_mime_object_get_header_list (mf__gmime()->g_mime_object_get_header_list)
#define g_mime_object_get_type (mf__gmime()->g_mime_object_get_type)
#define g_mime_object_register_type (mf__gmime()->g_mime_object_register_type)
#define g_mime_parser_construct_message (mf__gmime()->g_mime_parser_construct_message)
#define g_mime_parser_construct_part (mf__gmime()->g_mime_parser_construct_part)
#define g_mime_parser_init_with_stream (mf__gmime()->g_mime_parser_init_with_stream)
#define g_mime_parser_new_with_stream (mf__gmime()->g_mime_parser_new_with_stream)
#define g_mime_parser_set_format (mf__gmime()->g_mime_parser_set_format)
#define g_mime_part_get_content (mf__gmime()->g_mime_part_get_content)
#define g_mime_part_get_filename (mf__gmime()->g_mime_part_get_filename)
#define g_mime_part_get_type (mf__gmime()->g_mime_part_get_type)
#define g_mime_stream_filter_add (mf__gmime()->g_mime_stream_filter_add)
#define g_mime_stream_filter_get_type (mf__gmime()->g_mime_stream_filter_get_type)
#define g_mime_stream_filter_new (mf__gmime()->g_mime_stream_filter_new)
#define g_mime_stream_mem_get_byte_array (mf__gmime()->g_mime_stream_mem_get_byte_array)
#define g_mime_stream_mem_get_type (mf__gmime()->g_mime_stream_mem_get_type)
#define g_mime_stream_mem_new (mf__gmime()->g_mime_stream_mem_new)
#define g_mime_stream_mem_new_with_buffer (mf__gmime()->g_mime_stream_mem_new_with_buffer)
#define g_mime_stream_mem_set_byte_array (mf__gmime()->g_mime_stream_mem_set_byte_array)
#define g_mime_stream_read (mf__gmime()->g_mime_stream_read)
#define g_mime_stream_reset (mf__gmime()->g_mime_stream_reset)
#define g_mime_utils_header_decode_text (mf__gmime()->g_mime_utils_header_decode_text)
#define g_mime_utils_header_unfold (mf__gmime()->g_mime_utils_header_unfold)
#define g_object_unref (mf__gmime()->g_object_unref)
#define g_strndup (mf__gmime()->g_strndup)
#define g_type_check_instance_cast (mf__gmime()->g_type_check_instance_cast)
#define g_type_check_instance_is_a (mf__gmime()->g_type_check_instance_is_a)
#define g_utf8_validate (mf__gmime()->g_utf8_validate)
#endif

#endif
