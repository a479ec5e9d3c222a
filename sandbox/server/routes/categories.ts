/**
 * Bud's category taxonomy ([C]): GET /resources/v2/categories (flat or map, filtered by label) and the list of
 * categorisation models. The stand-in has one model, uk-v2, whose categories are the world's.
 */
import { Hono } from "hono";
import { z } from "zod";
// The taxonomy module alone (re-exported by data/index): the server must not load the generator to serve it.
import { CATEGORY_MODEL, categoriesFlat, categoriesWithLabel } from "../../data/categories";
import { api } from "../auth/guard";
import type { AppEnv } from "../context";
import { ok } from "../http/envelope";
import { BudApiError } from "../http/errors";
import { parseOrFail, queryObject } from "../http/params";

const categoriesQuery = z.object({
  format: z.enum(["map", "flat"]).default("flat"),
  model: z.string().optional(),
  label: z.string().optional(),
});

export const categoryRoutes = new Hono<AppEnv>();

categoryRoutes.get("/resources/v2/categories", api("resources_v2_categories_get"), (c) => {
  const query = parseOrFail(categoriesQuery, queryObject(c));
  if (query.model !== undefined && query.model !== CATEGORY_MODEL.name) {
    throw new BudApiError(404, "resource_not_found", "Model not found", {});
  }
  const { world } = c.var.deps;
  const map = query.label === undefined ? world.categoriesMap : categoriesWithLabel(world.categoriesMap, query.label);
  const flat = query.label === undefined ? world.categoriesFlat : categoriesFlat(map);
  return ok(c, query.format === "map" ? map : flat, { model: CATEGORY_MODEL });
});

categoryRoutes.get("/resources/v2/categories/models", api("resources_v2_models_get"), (c) => ok(c, [CATEGORY_MODEL]));
