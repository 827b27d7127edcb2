/* schakel-demo-private.h — the pieces of the demo generator.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The generator first builds a world (locations, schools), then lives
 * through one minor at a time: who the minor is and the asylum procedure
 * (schakel-demo-person.c), where they stay (schakel-demo-stay.c), school
 * and wait-lists (schakel-demo-school.c) and absence reports
 * (schakel-demo-absence.c). Each minor's records are written
 * (schakel-demo-writer.c) before the next minor starts, so memory holds
 * only the world and one minor.
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "schakel-date.h"
#include "schakel-demo-rng-private.h"

G_BEGIN_DECLS

/* The order of the location_type codes the generator uses. */
typedef enum
{
  DEMO_LOC_AC,
  DEMO_LOC_COL_AMV,
  DEMO_LOC_POL_AMV,
  DEMO_LOC_KWV_AZC,
  DEMO_LOC_KWV_EXTERN,
  DEMO_LOC_BESCHERMDE_OPVANG,
  DEMO_LOC_NIDOS_OWG,
  DEMO_LOC_NIDOS_KWE,
  DEMO_LOC_NIDOS_KWE_PLUS,
  DEMO_LOC_NIDOS_KWG,
  DEMO_LOC_NIDOS_VERLENGD,
  DEMO_LOC_AZC,
  DEMO_LOC_POL,
  DEMO_LOC_GLO,
  DEMO_LOC_NO,
  DEMO_LOC_CNO,
  DEMO_LOC_TGO,
  DEMO_N_LOC_TYPES
} SchakelDemoLocType;

typedef enum
{
  DEMO_REASON_NONE, /* the first placement */
  DEMO_REASON_PROCEDURE,
  DEMO_REASON_OWN_REQUEST,
  DEMO_REASON_SAFETY,
  DEMO_REASON_CLOSURE,
  DEMO_REASON_CAPACITY,
  DEMO_REASON_TO_NIDOS,
  DEMO_REASON_AGE_18,
  DEMO_REASON_OTHER,
  DEMO_N_REASONS
} SchakelDemoReason;

typedef enum
{
  DEMO_SCHOOL_PO_NIEUWKOMERS,
  DEMO_SCHOOL_PO_REGULIER,
  DEMO_SCHOOL_ISK,
  DEMO_SCHOOL_VO_REGULIER,
  DEMO_SCHOOL_TIJDELIJK,
  DEMO_SCHOOL_MBO_ENTREE,
  DEMO_SCHOOL_MBO,
  DEMO_N_SCHOOL_TYPES
} SchakelDemoSchoolType;

/* What a school building offers, for picking one near a location. */
typedef enum
{
  DEMO_KIND_NIEUWKOMERS,
  DEMO_KIND_BASIS,
  DEMO_KIND_ISK,
  DEMO_KIND_VO,
  DEMO_KIND_TIJDELIJK,
  DEMO_KIND_MBO,
  DEMO_N_KINDS
} SchakelDemoSchoolKind;

typedef enum
{
  DEMO_WAIT_OPEN,
  DEMO_WAIT_GEPLAATST,
  DEMO_WAIT_ELDERS_GEPLAATST,
  DEMO_WAIT_VERHUISD,
  DEMO_WAIT_ACHTTIEN,
  DEMO_WAIT_INGETROKKEN,
  DEMO_N_WAIT_OUTCOMES
} SchakelDemoWaitOutcome;

typedef enum
{
  DEMO_EVENT_AANVRAAG,
  DEMO_EVENT_VERGUNNING,
  DEMO_EVENT_AFWIJZING,
  DEMO_EVENT_VERTROKKEN_ONBEKEND,
  DEMO_EVENT_VERTROKKEN,
  DEMO_EVENT_OVERDRACHT_GEMEENTE,
  DEMO_N_EVENTS
} SchakelDemoEventKind;

typedef enum
{
  DEMO_REPORT_16U_4WK,
  DEMO_REPORT_LRV,
  DEMO_REPORT_LUXE,
  DEMO_REPORT_OVERIG,
  DEMO_REPORT_ABSOLUUT,
  DEMO_N_REPORT_TYPES
} SchakelDemoReportType;

typedef enum
{
  DEMO_STATUS_GEREGISTREERD,
  DEMO_STATUS_IN_BEHANDELING,
  DEMO_STATUS_AFGESLOTEN,
  DEMO_STATUS_INGETROKKEN,
  DEMO_STATUS_TER_KENNISGEVING,
  DEMO_N_STATUSES
} SchakelDemoReportStatus;

/* The steps of the reference ladder 'landelijk', in order. */
typedef enum
{
  DEMO_STEP_SCHOOLGESPREK,
  DEMO_STEP_MELDING_DUO,
  DEMO_STEP_UITNODIGING_LPA,
  DEMO_STEP_GESPREK_LPA,
  DEMO_STEP_CASUSOVERLEG,
  DEMO_STEP_WAARSCHUWING,
  DEMO_STEP_ESCALATIE_REGIO,
  DEMO_STEP_GESLOTEN,
  DEMO_N_STEPS
} SchakelDemoStep;

typedef enum
{
  DEMO_OUTCOME_NONE, /* the step is still under way */
  DEMO_OUTCOME_UITGEVOERD,
  DEMO_OUTCOME_VERZUIM_GESTOPT,
  DEMO_OUTCOME_GEEN_REACTIE,
  DEMO_OUTCOME_DOORVERWEZEN,
  DEMO_OUTCOME_ANDERS,
  DEMO_N_OUTCOMES
} SchakelDemoStepOutcome;

typedef enum
{
  DEMO_PLAN_VERLENGDE_OPVANG,
  DEMO_PLAN_GEMEENTE_HUISVESTING,
  DEMO_PLAN_VOLWASSENENOPVANG,
  DEMO_PLAN_ONBEKEND,
  DEMO_N_PLANS
} SchakelDemoPlanKind;

typedef enum
{
  DEMO_EDUCATION_ZELFDE_SCHOOL,
  DEMO_EDUCATION_ANDERE_SCHOOL,
  DEMO_EDUCATION_MBO,
  DEMO_EDUCATION_VOLWASSENENONDERWIJS,
  DEMO_EDUCATION_GEEN,
  DEMO_EDUCATION_ONBEKEND,
  DEMO_N_EDUCATIONS
} SchakelDemoEducation;

extern const char * const _schakel_demo_loc_type_codes[DEMO_N_LOC_TYPES];
extern const char * const _schakel_demo_reason_codes[DEMO_N_REASONS];
extern const char * const _schakel_demo_school_type_codes[DEMO_N_SCHOOL_TYPES];
extern const char * const _schakel_demo_wait_outcome_codes[DEMO_N_WAIT_OUTCOMES];
extern const char * const _schakel_demo_event_codes[DEMO_N_EVENTS];
extern const char * const _schakel_demo_report_type_codes[DEMO_N_REPORT_TYPES];
extern const char * const _schakel_demo_status_codes[DEMO_N_STATUSES];
extern const char * const _schakel_demo_step_codes[DEMO_N_STEPS];
extern const int          _schakel_demo_step_deadlines[DEMO_N_STEPS];
extern const char * const _schakel_demo_outcome_codes[DEMO_N_OUTCOMES];
extern const char * const _schakel_demo_plan_codes[DEMO_N_PLANS];
extern const char * const _schakel_demo_education_codes[DEMO_N_EDUCATIONS];

/* ---- the world ---- */

typedef struct
{
  char               *code;
  char               *name;
  SchakelDemoLocType  type;
  guint               municipality;
  guint               province;
  SchakelDay          open;       /* first day open */
  SchakelDay          close;      /* first day closed; SCHAKEL_DAY_NONE: stays open */
  double              weight;     /* relative size */
} SchakelDemoLocation;

typedef struct
{
  char                  brin[5];
  char                  branch[3];
  char                 *name;
  SchakelDemoSchoolKind kind;
  guint                 municipality;
  guint                 province;
} SchakelDemoSchool;

typedef struct
{
  char   *code;
  char   *name;
  guint   province;
  gboolean island;   /* no reception locations on the Wadden islands */
} SchakelDemoMunicipality;

typedef struct
{
  char   *code;
  double  population;  /* millions, for spreading locations */
  double  waitlist;    /* wait-list pressure: 1 is the national middle */
} SchakelDemoProvince;

typedef struct
{
  SchakelDay  start;      /* first day of the period */
  SchakelDay  until;      /* last day of the data */
  GArray     *provinces;      /* SchakelDemoProvince */
  GArray     *municipalities; /* SchakelDemoMunicipality */
  GArray     *locations;      /* SchakelDemoLocation */
  GArray     *schools;        /* SchakelDemoSchool */
  GArray     *by_type[DEMO_N_LOC_TYPES];    /* guint location indices */
  int        *school_in[DEMO_N_KINDS];      /* per municipality: a school index or -1 */
  GArray     *by_kind[DEMO_N_KINDS];        /* guint school indices */
  guint       ac_ter_apel;
} SchakelDemoWorld;

SchakelDemoWorld *_schakel_demo_world_new           (sqlite3                 *db,
                                                     guint64                  seed,
                                                     SchakelDay               start,
                                                     SchakelDay               until,
                                                     GError                 **error);
void              _schakel_demo_world_free          (SchakelDemoWorld        *world);
int               _schakel_demo_world_pick_location (const SchakelDemoWorld  *world,
                                                     SchakelDemoRng          *rng,
                                                     SchakelDemoLocType       type,
                                                     SchakelDay               day,
                                                     int                      near_province,
                                                     double                   p_near,
                                                     int                      exclude);
int               _schakel_demo_world_pick_school   (const SchakelDemoWorld  *world,
                                                     SchakelDemoRng          *rng,
                                                     SchakelDemoSchoolKind    kind,
                                                     guint                    municipality);
double            _schakel_demo_world_progress      (const SchakelDemoWorld  *world,
                                                     SchakelDay               day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelDemoWorld, _schakel_demo_world_free)

/* ---- one minor ---- */

typedef struct
{
  guint      location;
  SchakelDay start;
  SchakelDay end;      /* SCHAKEL_DAY_NONE: still there on until */
  guint8     reason;   /* SchakelDemoReason */
} SchakelDemoPlacement;

typedef struct
{
  SchakelDay day;
  guint8     kind;     /* SchakelDemoEventKind */
} SchakelDemoEvent;

typedef struct
{
  guint      school;
  guint8     type;     /* SchakelDemoSchoolType */
  SchakelDay start;
  SchakelDay end;      /* SCHAKEL_DAY_NONE: open */
  double     hours;    /* < 0: unknown */
  SchakelDay next_change;  /* when this type of schooling ends; NONE: never */
  guint8     next_type;    /* what follows; DEMO_N_SCHOOL_TYPES: nothing */
} SchakelDemoEnrolment;

typedef struct
{
  int        school;   /* -1: no school named */
  guint8     type;     /* SchakelDemoSchoolType */
  SchakelDay registered;
  SchakelDay end;      /* SCHAKEL_DAY_NONE: open */
  guint8     outcome;  /* SchakelDemoWaitOutcome */
} SchakelDemoWait;

typedef struct
{
  int        school;   /* -1: none (ABSOLUUT) */
  guint8     type;     /* SchakelDemoReportType */
  guint8     status;   /* SchakelDemoReportStatus */
  gboolean   justice;
  SchakelDay start;
  SchakelDay threshold;
  SchakelDay reported;
  SchakelDay end;      /* SCHAKEL_DAY_NONE: open */
  guint      first_step;
  guint      n_steps;
} SchakelDemoReport;

/* The 18+ plan a partner reported before the 18th birthday. */
typedef struct
{
  SchakelDay recorded;     /* SCHAKEL_DAY_NONE: no plan */
  guint8     kind;         /* SchakelDemoPlanKind */
  int        municipality; /* receiving municipality index; -1: not named */
  guint8     education;    /* SchakelDemoEducation */
} SchakelDemoPlan;

typedef struct
{
  guint8     step;     /* SchakelDemoStep */
  guint8     outcome;  /* SchakelDemoStepOutcome */
  SchakelDay date;
} SchakelDemoStepRow;

typedef struct
{
  guint       index;          /* 0-based; the row id is index + 1 */
  gboolean    amv;
  SchakelDay  birth;
  gboolean    month_precision;
  gboolean    estimated;
  const char *gender;
  const char *country;        /* NULL: unknown */
  double      permit_chance;
  double      leave_unknown_chance;
  SchakelDay  arrival;
  SchakelDay  application;    /* NONE: not known */
  SchakelDay  decision;       /* the IND decision, may lie after until */
  gboolean    permit;
  SchakelDay  b18;
  double      mobility;       /* multiplies the rate of unplanned moves */
  SchakelDay  leave;          /* leaving reception, may lie after until */
  guint8      leave_kind;     /* SchakelDemoEventKind */

  GArray     *placements;     /* SchakelDemoPlacement */
  GArray     *events;         /* SchakelDemoEvent */
  GArray     *enrolments;     /* SchakelDemoEnrolment */
  GArray     *waits;          /* SchakelDemoWait */
  GArray     *reports;        /* SchakelDemoReport */
  GArray     *steps;          /* SchakelDemoStepRow */
  SchakelDemoPlan plan;
} SchakelDemoMinor;

void _schakel_demo_minor_init       (SchakelDemoMinor       *minor);
void _schakel_demo_minor_reset      (SchakelDemoMinor       *minor,
                                     guint                   index);
void _schakel_demo_minor_clear      (SchakelDemoMinor       *minor);

/* The steps of one minor's life, called in this order. */
void _schakel_demo_person_draw      (SchakelDemoMinor       *minor,
                                     const SchakelDemoWorld *world,
                                     SchakelDemoRng         *rng,
                                     SchakelDay              arrival);
void _schakel_demo_stay_simulate    (SchakelDemoMinor       *minor,
                                     const SchakelDemoWorld *world,
                                     SchakelDemoRng         *rng);
void _schakel_demo_person_events    (SchakelDemoMinor       *minor,
                                     const SchakelDemoWorld *world);
void _schakel_demo_school_simulate  (SchakelDemoMinor       *minor,
                                     const SchakelDemoWorld *world,
                                     SchakelDemoRng         *rng);
void _schakel_demo_absence_simulate (SchakelDemoMinor       *minor,
                                     const SchakelDemoWorld *world,
                                     SchakelDemoRng         *rng);
void _schakel_demo_plan_simulate    (SchakelDemoMinor       *minor,
                                     const SchakelDemoWorld *world,
                                     SchakelDemoRng         *rng);

/* ---- dates ---- */

SchakelDay _schakel_demo_school_day       (SchakelDay day);
SchakelDay _schakel_demo_school_age_start (SchakelDay birth);

/* ---- writing ---- */

typedef struct _SchakelDemoWriter SchakelDemoWriter;

SchakelDemoWriter *_schakel_demo_writer_new         (sqlite3                 *db,
                                                     GError                 **error);
void               _schakel_demo_writer_free        (SchakelDemoWriter       *writer);
gboolean           _schakel_demo_writer_write_world (SchakelDemoWriter       *writer,
                                                     const SchakelDemoWorld  *world,
                                                     GError                 **error);
gboolean           _schakel_demo_writer_write_minor (SchakelDemoWriter       *writer,
                                                     const SchakelDemoWorld  *world,
                                                     const SchakelDemoMinor  *minor,
                                                     GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelDemoWriter, _schakel_demo_writer_free)

G_END_DECLS
