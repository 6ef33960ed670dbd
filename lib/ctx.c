/*
 * ctx.c: the mailfix context: the loaded knowledge data and the compiled
 * pattern database, made once and shared read-only by every call (and
 * every thread) after that; only the answer texts filled with a
 * profile's facts are made when a call first needs them, once, under
 * the context's lock (route.c, mf__route_filled).
 */
#include <stdlib.h>
#include <string.h>

#include "explain.h"

int mf_ctx_new(struct mf_ctx **out, const struct mf_ctx_options *opt,
	       struct mf_error *err)
{
	struct mf_ctx *ctx;
	int rc;

	if (!out)
		return mf__fail(err, MF_EINVAL, NULL, NULL, "mf_ctx_new: out is NULL");
	*out = NULL;
	ctx = calloc(1, sizeof *ctx);
	if (!ctx)
		return mf__fail(err, MF_ENOMEM, NULL, NULL, "out of memory");
	rc = mf__data_load(&ctx->data, opt ? opt->data_dir : NULL, err);
	if (!rc)
		rc = mf__matcher_new(&ctx->matcher, ctx->data, MF__DB_FOR_THIS_CPU,
				     opt ? opt->cache_dir : NULL, err);
	if (!rc)
		rc = mf__route_prepare(ctx, err);
	if (!rc)
		rc = mf__bounce_data_load(&ctx->bounce, ctx->data,
					  opt && opt->data_dir ? opt->data_dir : NULL, err);
	if (rc) {
		mf_ctx_free(ctx);
		return rc;
	}
	*out = ctx;
	return 0;
}

void mf_ctx_free(struct mf_ctx *ctx)
{
	if (!ctx)
		return;
	mf__route_release(ctx);
	mf__bounce_data_free(ctx->bounce);
	mf__matcher_free(ctx->matcher);
	mf__data_free(ctx->data);
	free(ctx);
}

size_t mf_ctx_rule_count(const struct mf_ctx *ctx)
{
	return ctx ? ctx->data->n_rules : 0;
}

int mf_ctx_has_provider(const struct mf_ctx *ctx, const char *provider_id)
{
	return ctx && provider_id && mf__data_find_provider(ctx->data, provider_id) != NULL;
}
