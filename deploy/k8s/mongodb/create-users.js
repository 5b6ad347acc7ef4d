// MongoDB users of the platform: one per service, each only on its own database, and the access log
// insert-only. Run with mongosh as an administrator against the replica set's primary, with the
// passwords in the environment (deploy/compose: service mongo-init; deploy/k8s: Job mongodb-users).
// Idempotent: roles and users are created or updated, never duplicated.
//
// Per service one user "<service>" (authenticationDatabase = its database) with role "<service>-data":
// - every collection of its own database: find, insert, createIndex, listIndexes (+ listCollections,
//   createCollection on the database);
// - update and remove ONLY on the collections listed in UPDATABLE below. The access log
//   ("access_log") is not among them: the credential the service writes it with can add and read
//   entries, never change or delete one (issue 6 §4; NEN 7513). A collection a service adds later is
//   insert-only until it is listed here — a loud failure in a real deployment, never a silent hole.
// No user has any right on another service's database; no user may manage users or roles.
// The gateway has no database and no user.

const UPDATABLE = {
  // platform-support: idempotency_keys (IdempotentCommands) in every service
  // status_check_attempts: the anonymous status check's failure counters (counted up, deleted by retention)
  // meldpunten: anonymous intake per municipality (replaced when the regio-beheerder changes it)
  // notifications: the platform's inbox (read marks updated, removed by retention)
  // care_requests / inspection_requests: the tables' commands as received (removed by retention)
  signals: ["signals", "signal_links", "regional_categories", "regional_sectors", "status_check_attempts",
            "meldpunten", "idempotency_keys", "triage_submissions", "notifications", "statisticsSnapshots"],
  // triage_configurations: the regio-beheerder's tables and steps per region (replaced by putTriageConfiguration)
  triage: ["cases", "case_reference_counters", "idempotency_keys", "triage_configurations"],
  // care_questions / trajectories: intake and zorgtrajecten (trajectories replaced per change; both removed by
  // retention; care_questions.trajectoryId set when a trajectory is opened for it); trajectory_reference_counters
  // capacity: one document per location and placement type, its counters updated by every reservation
  // cost_allocations: the regio-beheerder's cost key per region and year (replaced by putCostAllocation); amounts,
  // CBS codes and population counts only — no personal data, so no retention rule
  // emergency_housing_requests: enforcement-service's requests (counts only; outbox marks updated, removed by retention)
  care: ["placements", "care_requests", "idempotency_keys", "care_questions", "trajectories",
         "trajectory_reference_counters", "capacity", "cost_allocations", "emergency_housing_requests"],
  // findings / measures: outbox collections (entries and the delivered marks updated by the dispatcher);
  // attachments, designations, mandates: the field slice's records (replaced, removed by retention)
  enforcement: ["inspections", "inspection_requests", "idempotency_keys", "findings", "attachments", "designations",
                "mandates", "measures"],
  // statisticsSnapshots (signals): the monitor's per-region counts, replaced by the statistics job
  // partnerFigures / partnerFigureImports: one set per region, source and year, replaced by a re-import;
  // plateauAssessments: the self-assessments, replaced per change (optimistic version), removed by retention
  monitor: ["idempotency_keys", "partnerFigures", "partnerFigureImports", "plateauAssessments"],
};
const SERVICES = [
  // user, database, environment variable with its password
  ["signal-service", "signals", "SIGNAL_SERVICE_MONGO_PASSWORD"],
  ["triage-service", "triage", "TRIAGE_SERVICE_MONGO_PASSWORD"],
  ["care-coordination-service", "care", "CARE_SERVICE_MONGO_PASSWORD"],
  ["enforcement-service", "enforcement", "ENFORCEMENT_SERVICE_MONGO_PASSWORD"],
  ["monitor-service", "monitor", "MONITOR_SERVICE_MONGO_PASSWORD"],
];
const ACCESS_LOG = "access_log";

const missing = SERVICES.map(s => s[2]).filter(v => !process.env[v]);
if (missing.length > 0) {
  print("create-users: refusing: set " + missing.join(", "));
  quit(78);
}

function upsertRole(database, name, privileges) {
  if (database.getRole(name) === null) {
    database.createRole({ role: name, privileges: privileges, roles: [] });
  } else {
    database.updateRole(name, { privileges: privileges, roles: [] });
  }
}

function upsertUser(database, name, password, roles) {
  if (database.getUser(name) === null) {
    database.createUser({ user: name, pwd: password, roles: roles });
  } else {
    database.updateUser(name, { pwd: password, roles: roles });
  }
}

for (const [user, dbName, passwordVariable] of SERVICES) {
  const database = db.getSiblingDB(dbName);
  if (UPDATABLE[dbName].includes(ACCESS_LOG)) {
    throw new Error("the access log must stay insert-only");
  }
  const privileges = [
    { resource: { db: dbName, collection: "" },
      actions: ["find", "insert", "createIndex", "listIndexes", "listCollections", "createCollection"] },
    ...UPDATABLE[dbName].map(collection => ({ resource: { db: dbName, collection: collection },
      actions: ["find", "insert", "update", "remove", "createIndex", "listIndexes"] })),
  ];
  upsertRole(database, user + "-data", privileges);
  upsertUser(database, user, process.env[passwordVariable], [{ role: user + "-data", db: dbName }]);
  print("create-users: " + user + " on " + dbName + " (update/remove on " + UPDATABLE[dbName].join(", ")
      + "; " + ACCESS_LOG + " insert-only)");
}
