-- As sqlite/009: /insiden <perusahaan> counts and pages one range of one index. The incident's date beside each
-- subject company is kept by triggers whoever writes incidents (the date is set once).
ALTER TABLE incident_companies ADD COLUMN first_reported_at BIGINT NOT NULL DEFAULT 0;

UPDATE incident_companies ic SET first_reported_at = i.first_reported_at FROM incidents i WHERE i.id = ic.incident_id;

CREATE FUNCTION incident_companies_reported_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.first_reported_at := (SELECT i.first_reported_at FROM incidents i WHERE i.id = NEW.incident_id);
    RETURN NEW;
END
$$;

CREATE TRIGGER incident_companies_reported_at BEFORE INSERT ON incident_companies
    FOR EACH ROW EXECUTE FUNCTION incident_companies_reported_at();

CREATE FUNCTION incidents_reported_at_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE incident_companies SET first_reported_at = NEW.first_reported_at WHERE incident_id = NEW.id;
    RETURN NEW;
END
$$;

CREATE TRIGGER incidents_reported_at_changed AFTER UPDATE OF first_reported_at ON incidents
    FOR EACH ROW EXECUTE FUNCTION incidents_reported_at_changed();

DROP INDEX incident_companies_slug;
CREATE INDEX incident_companies_history ON incident_companies(company_slug, first_reported_at DESC, incident_id DESC);
