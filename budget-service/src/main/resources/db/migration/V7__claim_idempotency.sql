-- The workflow files a claim from a service task that may run again after a failure it cannot see
-- the end of: with an Idempotency-Key (unique per caller, like reservations in V3) a repeated
-- filing finds the first claim instead of a conflict. Optional: finance staff file without one.
ALTER TABLE kaderbrief_claim ADD COLUMN idempotency_key VARCHAR(200);
ALTER TABLE kaderbrief_claim
    ADD CONSTRAINT one_claim_per_idempotency_key UNIQUE (created_by, idempotency_key);
