/* schakel-demo-world.c — the synthetic reception locations and schools.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A few hundred locations spread over the provinces by population, in
 * municipalities read from the database (so every code exists), with
 * plain names such as "azc Zwolle". Emergency locations (NO, CNO, TGO)
 * open and close during the period; some regular ones close too. Schools
 * stand in the municipalities that have locations.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-core-error.h"
#include "schakel-demo-private.h"
#include "schakel-sqlite-private.h"

typedef struct
{
  const char *code;
  double      population; /* millions (CBS, 2024, rounded) */
  double      waitlist;   /* how hard it is to get an ISK place: 1 = middle */
} ProvinceFacts;

/* The wait-list pressure is a demo choice, not a measured fact: the
 * Randstad provinces are made clearly worse, the north clearly better. */
static const ProvinceFacts province_facts[] = {
  { "PV20", 0.59, 0.6 }, /* Groningen */
  { "PV21", 0.66, 0.7 }, /* Fryslân */
  { "PV22", 0.50, 0.6 }, /* Drenthe */
  { "PV23", 1.18, 0.9 }, /* Overijssel */
  { "PV24", 0.45, 1.4 }, /* Flevoland */
  { "PV25", 2.13, 1.0 }, /* Gelderland */
  { "PV26", 1.39, 1.6 }, /* Utrecht */
  { "PV27", 2.95, 2.2 }, /* Noord-Holland */
  { "PV28", 3.80, 1.9 }, /* Zuid-Holland */
  { "PV29", 0.39, 0.8 }, /* Zeeland */
  { "PV30", 2.63, 1.2 }, /* Noord-Brabant */
  { "PV31", 1.12, 0.9 }, /* Limburg */
};

/* Wadden islands: no reception locations there. */
static const char * const island_codes[] = {
  "GM0060", "GM0088", "GM0093", "GM0096", "GM0448", NULL
};

typedef struct
{
  const char *municipality_code;
  const char *name;
  double      share;   /* of the accompanied children's registrations */
} RegistrationCentre;

/* Unaccompanied minors always register in Ter Apel (Westerwolde). */
static const RegistrationCentre registration_centres[] = {
  { "GM1950", "AC Ter Apel", 0.60 },
  { "GM1706", "AC Budel", 0.25 },
  { "GM0299", "AC Zevenaar", 0.15 },
};

/* Regular locations: @count of them, open all along or most of the
 * period. Emergency locations open and close: @chains of them run side
 * by side, each followed by the next (in another municipality) shortly
 * before it closes after about @lifetime days, so that there is always
 * room somewhere and more of them for a longer period. */
typedef struct
{
  SchakelDemoLocType type;
  const char        *prefix;
  guint              count;
  guint              chains;
  double             lifetime;
} LocationPlan;

static const LocationPlan location_plan[] = {
  { DEMO_LOC_COL_AMV, "COL amv", 5, 0, 0 },
  { DEMO_LOC_POL_AMV, "POL amv", 10, 0, 0 },
  { DEMO_LOC_KWV_AZC, "KWV azc", 20, 0, 0 },
  { DEMO_LOC_KWV_EXTERN, "KWV", 30, 0, 0 },
  { DEMO_LOC_BESCHERMDE_OPVANG, "Beschermde opvang", 2, 0, 0 },
  { DEMO_LOC_NIDOS_OWG, "Nidos gezinsopvang", 24, 0, 0 },
  { DEMO_LOC_NIDOS_KWE, "Nidos kleine wooneenheid", 36, 0, 0 },
  { DEMO_LOC_NIDOS_KWE_PLUS, "Nidos KWE+", 12, 0, 0 },
  { DEMO_LOC_NIDOS_KWG, "Nidos kleine woongroep", 24, 0, 0 },
  { DEMO_LOC_NIDOS_VERLENGD, "Nidos verlengde opvang", 24, 0, 0 },
  { DEMO_LOC_AZC, "azc", 90, 0, 0 },
  { DEMO_LOC_POL, "pol", 10, 0, 0 },
  { DEMO_LOC_GLO, "Gezinslocatie", 6, 0, 0 },
  { DEMO_LOC_NO, "Noodopvang", 0, 12, 300 },
  { DEMO_LOC_CNO, "Crisisnoodopvang", 0, 3, 150 },
  { DEMO_LOC_TGO, "TGO", 0, 6, 540 },
};

static void
clear_location (gpointer data)
{
  SchakelDemoLocation *loc = data;

  g_free (loc->code);
  g_free (loc->name);
}

static void
clear_school (gpointer data)
{
  g_free (((SchakelDemoSchool *) data)->name);
}

static void
clear_municipality (gpointer data)
{
  SchakelDemoMunicipality *mun = data;

  g_free (mun->code);
  g_free (mun->name);
}

static void
clear_province (gpointer data)
{
  g_free (((SchakelDemoProvince *) data)->code);
}

void
_schakel_demo_world_free (SchakelDemoWorld *world)
{
  if (world == NULL)
    return;

  g_clear_pointer (&world->provinces, g_array_unref);
  g_clear_pointer (&world->municipalities, g_array_unref);
  g_clear_pointer (&world->locations, g_array_unref);
  g_clear_pointer (&world->schools, g_array_unref);
  for (guint i = 0; i < DEMO_N_LOC_TYPES; i++)
    g_clear_pointer (&world->by_type[i], g_array_unref);
  for (guint i = 0; i < DEMO_N_KINDS; i++)
    {
      g_clear_pointer (&world->school_in[i], g_free);
      g_clear_pointer (&world->by_kind[i], g_array_unref);
    }
  g_free (world);
}

static gboolean
load_places (SchakelDemoWorld  *world,
             sqlite3           *db,
             GError           **error)
{
  g_autoptr(sqlite3_stmt) provinces = NULL;
  g_autoptr(sqlite3_stmt) municipalities = NULL;
  int rc;

  if (!(provinces = schakel_sqlite_prepare (db, "SELECT code FROM province ORDER BY code",
                                            error)) ||
      !(municipalities = schakel_sqlite_prepare (db, "SELECT code, name, province_code"
                                                     " FROM municipality ORDER BY code", error)))
    return FALSE;

  while ((rc = sqlite3_step (provinces)) == SQLITE_ROW)
    {
      SchakelDemoProvince p = { NULL, 1.0, 1.0 };

      p.code = g_strdup ((const char *) sqlite3_column_text (provinces, 0));

      for (guint i = 0; i < G_N_ELEMENTS (province_facts); i++)
        if (g_str_equal (province_facts[i].code, p.code))
          {
            p.population = province_facts[i].population;
            p.waitlist = province_facts[i].waitlist;
          }
      g_array_append_val (world->provinces, p);
    }
  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, db, _("Cannot read the provinces"));
      return FALSE;
    }

  while ((rc = sqlite3_step (municipalities)) == SQLITE_ROW)
    {
      const char *province_code = (const char *) sqlite3_column_text (municipalities, 2);
      SchakelDemoMunicipality m = { 0 };

      m.code = g_strdup ((const char *) sqlite3_column_text (municipalities, 0));
      m.name = g_strdup ((const char *) sqlite3_column_text (municipalities, 1));
      m.island = g_strv_contains (island_codes, m.code);
      for (guint i = 0; i < world->provinces->len; i++)
        if (g_str_equal (g_array_index (world->provinces, SchakelDemoProvince, i).code,
                         province_code))
          m.province = i;
      g_array_append_val (world->municipalities, m);
    }
  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, db, _("Cannot read the municipalities"));
      return FALSE;
    }

  if (world->provinces->len == 0 || world->municipalities->len == 0)
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                           _("The database has no provinces or municipalities to place the demo data in"));
      return FALSE;
    }
  return TRUE;
}

static int
find_municipality (const SchakelDemoWorld *world,
                   const char             *code)
{
  for (guint i = 0; i < world->municipalities->len; i++)
    if (g_str_equal (g_array_index (world->municipalities, SchakelDemoMunicipality, i).code, code))
      return (int) i;
  return -1;
}

/* A mainland municipality: the province by population, then any of its
 * municipalities. */
static guint
pick_municipality (const SchakelDemoWorld *world,
                   SchakelDemoRng         *rng)
{
  guint n_provinces = world->provinces->len;
  g_autofree double *weights = g_new0 (double, n_provinces);
  guint province, n = 0, k;

  for (guint i = 0; i < world->municipalities->len; i++)
    {
      const SchakelDemoMunicipality *m = &g_array_index (world->municipalities,
                                                         SchakelDemoMunicipality, i);

      if (!m->island)
        weights[m->province] = g_array_index (world->provinces, SchakelDemoProvince,
                                              m->province).population;
    }
  province = _schakel_demo_rng_pick (rng, weights, n_provinces);

  for (guint i = 0; i < world->municipalities->len; i++)
    {
      const SchakelDemoMunicipality *m = &g_array_index (world->municipalities,
                                                         SchakelDemoMunicipality, i);

      n += (m->province == province && !m->island);
    }
  k = _schakel_demo_rng_below (rng, MAX (n, 1));
  for (guint i = 0; i < world->municipalities->len; i++)
    {
      const SchakelDemoMunicipality *m = &g_array_index (world->municipalities,
                                                         SchakelDemoMunicipality, i);

      if (m->province == province && !m->island && k-- == 0)
        return i;
    }
  return 0;
}

static void
add_location (SchakelDemoWorld   *world,
              SchakelDemoLocType  type,
              guint               municipality,
              char               *name,
              SchakelDay          open,
              SchakelDay          close,
              double              weight)
{
  SchakelDemoLocation loc = { 0 };
  guint index = world->locations->len;

  loc.code = g_strdup_printf ("LOC%04u", index + 1);
  loc.name = name;
  loc.type = type;
  loc.municipality = municipality;
  loc.province = g_array_index (world->municipalities, SchakelDemoMunicipality,
                                municipality).province;
  loc.open = open;
  loc.close = close;
  loc.weight = weight;
  g_array_append_val (world->locations, loc);
  g_array_append_val (world->by_type[type], index);
}

static void
plan_lifetime (const SchakelDemoWorld *world,
               SchakelDemoRng         *rng,
               SchakelDemoLocType      type,
               SchakelDay             *open,
               SchakelDay             *close)
{
  int days = world->until - world->start;
  double years = days / 365.25;
  SchakelDay lo;

  *open = world->start - 3650;
  *close = SCHAKEL_DAY_NONE;

  switch (type)
    {
    case DEMO_LOC_COL_AMV:
    case DEMO_LOC_POL_AMV:
    case DEMO_LOC_KWV_AZC:
    case DEMO_LOC_KWV_EXTERN:
    case DEMO_LOC_BESCHERMDE_OPVANG:
    case DEMO_LOC_AZC:
    case DEMO_LOC_POL:
    case DEMO_LOC_GLO:
      if (_schakel_demo_rng_chance (rng, 0.1))
        *open = world->start +
                (SchakelDay) _schakel_demo_rng_below (rng, (guint) MAX (days - 90, 1));
      if (_schakel_demo_rng_chance (rng, MIN (0.5, 0.05 * years)))
        {
          lo = MAX (*open + 180, world->start + 30);
          if (lo < world->until)
            *close = lo +
                     (SchakelDay) _schakel_demo_rng_below (rng, (guint) (world->until - lo + 1));
        }
      break;

    case DEMO_LOC_AC:
    case DEMO_LOC_NO:
    case DEMO_LOC_CNO:
    case DEMO_LOC_TGO:
    case DEMO_LOC_NIDOS_OWG:
    case DEMO_LOC_NIDOS_KWE:
    case DEMO_LOC_NIDOS_KWE_PLUS:
    case DEMO_LOC_NIDOS_KWG:
    case DEMO_LOC_NIDOS_VERLENGD:
    case DEMO_N_LOC_TYPES:
    default:
      break;
    }

  /* A closure after until has not happened yet. */
  if (*close != SCHAKEL_DAY_NONE && *close > world->until)
    *close = SCHAKEL_DAY_NONE;
}

/* A location of @plan in a municipality drawn by population. */
static void
add_planned (SchakelDemoWorld   *world,
             SchakelDemoRng     *rng,
             const LocationPlan *plan,
             guint16            *used,
             SchakelDay          open,
             SchakelDay          close)
{
  guint n_mun = world->municipalities->len;
  guint mun = pick_municipality (world, rng);
  const char *mun_name = g_array_index (world->municipalities, SchakelDemoMunicipality, mun).name;
  guint16 *n_same = &used[(gsize) plan->type * n_mun + mun];
  double weight = _schakel_demo_rng_lognormal (rng, 1.0, 0.5);
  char *name;

  if ((*n_same)++ == 0)
    name = g_strdup_printf ("%s %s", plan->prefix, mun_name);
  else
    name = g_strdup_printf ("%s %s %u", plan->prefix, mun_name, (guint) *n_same);
  add_location (world, plan->type, mun, name, open, close, weight);
}

static void
build_locations (SchakelDemoWorld *world,
                 SchakelDemoRng   *rng)
{
  guint n_mun = world->municipalities->len;
  g_autofree guint16 *used = g_new0 (guint16, (gsize) n_mun * DEMO_N_LOC_TYPES);

  for (guint i = 0; i < G_N_ELEMENTS (registration_centres); i++)
    {
      const RegistrationCentre *ac = &registration_centres[i];
      int mun = find_municipality (world, ac->municipality_code);
      char *name;

      if (mun >= 0)
        name = g_strdup (ac->name);
      else
        {
          mun = (int) pick_municipality (world, rng);
          name = g_strdup_printf ("AC %s", g_array_index (world->municipalities,
                                                          SchakelDemoMunicipality, mun).name);
        }
      if (i == 0)
        world->ac_ter_apel = world->locations->len;
      add_location (world, DEMO_LOC_AC, (guint) mun, name, world->start - 3650,
                    SCHAKEL_DAY_NONE, ac->share);
    }

  for (guint i = 0; i < G_N_ELEMENTS (location_plan); i++)
    {
      const LocationPlan *plan = &location_plan[i];

      for (guint k = 0; k < plan->count; k++)
        {
          SchakelDay open, close;

          plan_lifetime (world, rng, plan->type, &open, &close);
          add_planned (world, rng, plan, used, open, close);
        }

      for (guint k = 0; k < plan->chains; k++)
        {
          SchakelDay open = world->start -
                            (SchakelDay) _schakel_demo_rng_below (rng, (guint) plan->lifetime);

          for (;;)
            {
              SchakelDay close = open + _schakel_demo_rng_days (rng, plan->lifetime, 0.5,
                                                                 (int) plan->lifetime / 5);

              if (close > world->until)
                {
                  add_planned (world, rng, plan, used, open, SCHAKEL_DAY_NONE);
                  break;
                }
              add_planned (world, rng, plan, used, open, close);
              /* The next one opens before this one closes. */
              open = close - (SchakelDay) _schakel_demo_rng_below (rng, 31);
            }
        }
    }
}

static void
add_school (SchakelDemoWorld      *world,
            SchakelDemoSchoolKind  kind,
            guint                  municipality,
            const char            *brin,
            const char            *branch,
            char                  *name)
{
  SchakelDemoSchool school = { { 0 } };
  guint index = world->schools->len;

  g_strlcpy (school.brin, brin, sizeof school.brin);
  g_strlcpy (school.branch, branch, sizeof school.branch);
  school.name = name;
  school.kind = kind;
  school.municipality = municipality;
  school.province = g_array_index (world->municipalities, SchakelDemoMunicipality,
                                   municipality).province;
  g_array_append_val (world->schools, school);
  g_array_append_val (world->by_kind[kind], index);
  if (world->school_in[kind][municipality] < 0)
    world->school_in[kind][municipality] = (int) index;
}

/* BRIN codes "9" + digit + two letters, drawn without repetition: the
 * format of a real BRIN, from a corner that is easy to recognise. */
typedef struct
{
  guint *codes;
  guint  next;
} BrinPool;

#define N_BRIN_CODES (10u * 26u * 26u)

static void
next_brin (BrinPool *pool,
           char      brin[5])
{
  guint k;

  g_assert (pool->next < N_BRIN_CODES);
  k = pool->codes[pool->next++];
  brin[0] = '9';
  brin[1] = (char) ('0' + k / 676u);
  brin[2] = (char) ('A' + (k / 26u) % 26u);
  brin[3] = (char) ('A' + k % 26u);
  brin[4] = '\0';
}

static void
build_schools (SchakelDemoWorld *world,
               SchakelDemoRng   *rng)
{
  guint n_mun = world->municipalities->len;
  guint n_prov = world->provinces->len;
  g_autofree gboolean *has_loc = g_new0 (gboolean, n_mun);
  g_autofree gboolean *has_emergency = g_new0 (gboolean, n_mun);
  g_autofree guint *brin_codes = g_new (guint, N_BRIN_CODES);
  BrinPool pool = { brin_codes, 0 };
  char brin[5];

  for (guint i = 0; i < N_BRIN_CODES; i++)
    brin_codes[i] = i;
  for (guint i = N_BRIN_CODES - 1; i > 0; i--)
    {
      guint j = _schakel_demo_rng_below (rng, i + 1);
      guint t = brin_codes[i];

      brin_codes[i] = brin_codes[j];
      brin_codes[j] = t;
    }

  for (guint i = 0; i < world->locations->len; i++)
    {
      const SchakelDemoLocation *loc = &g_array_index (world->locations, SchakelDemoLocation, i);

      if (loc->type == DEMO_LOC_AC)
        continue;
      has_loc[loc->municipality] = TRUE;
      if (loc->type == DEMO_LOC_NO || loc->type == DEMO_LOC_CNO ||
          loc->type == DEMO_LOC_TGO || loc->type == DEMO_LOC_COL_AMV)
        has_emergency[loc->municipality] = TRUE;
    }

  for (guint m = 0; m < n_mun; m++)
    {
      const char *name = g_array_index (world->municipalities, SchakelDemoMunicipality, m).name;

      if (!has_loc[m])
        continue;
      if (_schakel_demo_rng_chance (rng, 0.75))
        {
          next_brin (&pool, brin);
          add_school (world, DEMO_KIND_NIEUWKOMERS, m, brin, "00",
                      g_strdup_printf ("Nieuwkomersschool %s", name));
        }
      next_brin (&pool, brin);
      add_school (world, DEMO_KIND_BASIS, m, brin, "00", g_strdup_printf ("Basisschool %s", name));
      if (_schakel_demo_rng_chance (rng, 0.6))
        {
          next_brin (&pool, brin);
          add_school (world, DEMO_KIND_VO, m, brin, "00",
                      g_strdup_printf ("Scholengemeenschap %s", name));
        }
      if (_schakel_demo_rng_chance (rng, 0.45))
        {
          next_brin (&pool, brin);
          add_school (world, DEMO_KIND_ISK, m, brin, "00", g_strdup_printf ("ISK %s", name));
        }
      if (has_emergency[m])
        {
          next_brin (&pool, brin);
          add_school (world, DEMO_KIND_TIJDELIJK, m, brin, "00",
                      g_strdup_printf ("Tijdelijke nieuwkomersvoorziening %s", name));
        }
    }

  /* Every province gets an ISK and two mbo colleges; some ISKs run a
   * second branch elsewhere in the province under the same BRIN. */
  for (guint p = 0; p < n_prov; p++)
    {
      g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GArray) isks = g_array_new (FALSE, FALSE, sizeof (guint));

      for (guint m = 0; m < n_mun; m++)
        if (has_loc[m] &&
            g_array_index (world->municipalities, SchakelDemoMunicipality, m).province == p)
          g_array_append_val (candidates, m);
      if (candidates->len == 0)
        continue;

      for (guint i = 0; i < world->schools->len; i++)
        {
          const SchakelDemoSchool *s = &g_array_index (world->schools, SchakelDemoSchool, i);

          if (s->kind == DEMO_KIND_ISK && s->province == p)
            g_array_append_val (isks, i);
        }
      if (isks->len == 0)
        {
          guint m = g_array_index (candidates, guint, 0);
          guint index = world->schools->len;

          next_brin (&pool, brin);
          add_school (world, DEMO_KIND_ISK, m, brin, "00",
                      g_strdup_printf ("ISK %s", g_array_index (world->municipalities,
                                                                SchakelDemoMunicipality, m).name));
          g_array_append_val (isks, index);
        }

      for (guint i = 0; i < isks->len; i++)
        {
          SchakelDemoSchool *main = &g_array_index (world->schools, SchakelDemoSchool,
                                                    g_array_index (isks, guint, i));
          guint m = g_array_index (candidates, guint,
                                   _schakel_demo_rng_below (rng, candidates->len));
          char main_brin[5];
          g_autofree char *main_name = NULL;

          if (!_schakel_demo_rng_chance (rng, 0.3) || world->school_in[DEMO_KIND_ISK][m] >= 0)
            continue;
          memcpy (main_brin, main->brin, sizeof main_brin);
          main_name = g_strdup (main->name);
          add_school (world, DEMO_KIND_ISK, m, main_brin, "01",
                      g_strdup_printf ("%s, locatie %s", main_name,
                                       g_array_index (world->municipalities,
                                                      SchakelDemoMunicipality, m).name));
        }

      for (guint k = 0; k < 2 && k < candidates->len; k++)
        {
          guint m = g_array_index (candidates, guint,
                                   _schakel_demo_rng_below (rng, candidates->len));

          if (world->school_in[DEMO_KIND_MBO][m] >= 0)
            continue;
          next_brin (&pool, brin);
          add_school (world, DEMO_KIND_MBO, m, brin, "00",
                      g_strdup_printf ("mbo-college %s", g_array_index (world->municipalities,
                                                                        SchakelDemoMunicipality,
                                                                        m).name));
        }
    }
}

SchakelDemoWorld *
_schakel_demo_world_new (sqlite3     *db,
                         guint64      seed,
                         SchakelDay   start,
                         SchakelDay   until,
                         GError     **error)
{
  g_autoptr(SchakelDemoWorld) world = g_new0 (SchakelDemoWorld, 1);
  SchakelDemoRng rng;

  world->start = start;
  world->until = until;
  world->provinces = g_array_new (FALSE, FALSE, sizeof (SchakelDemoProvince));
  g_array_set_clear_func (world->provinces, clear_province);
  world->municipalities = g_array_new (FALSE, FALSE, sizeof (SchakelDemoMunicipality));
  g_array_set_clear_func (world->municipalities, clear_municipality);
  world->locations = g_array_new (FALSE, FALSE, sizeof (SchakelDemoLocation));
  g_array_set_clear_func (world->locations, clear_location);
  world->schools = g_array_new (FALSE, FALSE, sizeof (SchakelDemoSchool));
  g_array_set_clear_func (world->schools, clear_school);
  for (guint i = 0; i < DEMO_N_LOC_TYPES; i++)
    world->by_type[i] = g_array_new (FALSE, FALSE, sizeof (guint));

  if (!load_places (world, db, error))
    return NULL;

  for (guint i = 0; i < DEMO_N_KINDS; i++)
    {
      world->by_kind[i] = g_array_new (FALSE, FALSE, sizeof (guint));
      world->school_in[i] = g_new (int, world->municipalities->len);
      for (guint m = 0; m < world->municipalities->len; m++)
        world->school_in[i][m] = -1;
    }

  /* Stream 0 is the world's; minors use streams 1..n. */
  _schakel_demo_rng_init (&rng, seed, 0);
  build_locations (world, &rng);
  build_schools (world, &rng);

  return g_steal_pointer (&world);
}

static inline gboolean
location_usable (const SchakelDemoLocation *loc,
                 SchakelDay                 day)
{
  /* Open, and not about to close: nobody is sent somewhere for a week. */
  return loc->open <= day && (loc->close == SCHAKEL_DAY_NONE || loc->close > day + 7);
}

/* An open location of @type, with probability by size; with chance
 * @p_near one in @near_province (-1: anywhere) when it has one; never
 * @exclude (-1: none). Returns -1 when none is open. */
int
_schakel_demo_world_pick_location (const SchakelDemoWorld *world,
                                   SchakelDemoRng         *rng,
                                   SchakelDemoLocType      type,
                                   SchakelDay              day,
                                   int                     near_province,
                                   double                  p_near,
                                   int                     exclude)
{
  const GArray *list = world->by_type[type];
  gboolean near = near_province >= 0 && _schakel_demo_rng_chance (rng, p_near);

  for (int pass = near ? 0 : 1; pass < 2; pass++)
    {
      double total = 0.0, x;

      for (guint i = 0; i < list->len; i++)
        {
          guint index = g_array_index (list, guint, i);
          const SchakelDemoLocation *loc = &g_array_index (world->locations,
                                                           SchakelDemoLocation, index);

          if ((int) index != exclude && location_usable (loc, day) &&
              (pass == 1 || (int) loc->province == near_province))
            total += loc->weight;
        }
      if (total <= 0.0)
        continue;

      x = _schakel_demo_rng_uniform (rng) * total;
      for (guint i = 0; i < list->len; i++)
        {
          guint index = g_array_index (list, guint, i);
          const SchakelDemoLocation *loc = &g_array_index (world->locations,
                                                           SchakelDemoLocation, index);

          if ((int) index != exclude && location_usable (loc, day) &&
              (pass == 1 || (int) loc->province == near_province))
            {
              if (x < loc->weight)
                return (int) index;
              x -= loc->weight;
            }
        }
      /* Rounding left x at the very end: take the last usable one. */
      for (guint i = list->len; i > 0; i--)
        {
          guint index = g_array_index (list, guint, i - 1);
          const SchakelDemoLocation *loc = &g_array_index (world->locations,
                                                           SchakelDemoLocation, index);

          if ((int) index != exclude && location_usable (loc, day) &&
              (pass == 1 || (int) loc->province == near_province))
            return (int) index;
        }
    }
  return -1;
}

/* A school of @kind in @municipality, else elsewhere in its province,
 * else anywhere; -1 when the world has none of that kind. */
int
_schakel_demo_world_pick_school (const SchakelDemoWorld *world,
                                 SchakelDemoRng         *rng,
                                 SchakelDemoSchoolKind   kind,
                                 guint                   municipality)
{
  const GArray *list = world->by_kind[kind];
  guint province = g_array_index (world->municipalities, SchakelDemoMunicipality,
                                  municipality).province;
  guint n = 0, k;

  if (world->school_in[kind][municipality] >= 0)
    return world->school_in[kind][municipality];
  if (list->len == 0)
    return -1;

  for (guint i = 0; i < list->len; i++)
    {
      guint index = g_array_index (list, guint, i);

      n += g_array_index (world->schools, SchakelDemoSchool, index).province == province;
    }
  if (n == 0)
    return (int) g_array_index (list, guint, _schakel_demo_rng_below (rng, list->len));

  k = _schakel_demo_rng_below (rng, n);
  for (guint i = 0; i < list->len; i++)
    {
      guint index = g_array_index (list, guint, i);

      if (g_array_index (world->schools, SchakelDemoSchool, index).province == province && k-- == 0)
        return (int) index;
    }
  return -1;
}

/* Where @day lies in the period: 0 at the start, 1 on until. */
double
_schakel_demo_world_progress (const SchakelDemoWorld *world,
                              SchakelDay              day)
{
  double span = MAX (1, world->until - world->start);

  return CLAMP ((day - world->start) / span, 0.0, 1.0);
}
