-- /insiden <perusahaan> counts one company's incidents and lists them newest first. With the incident's date beside
-- each subject company both are one range of one index, whatever the company; before, every incident in the period
-- was walked and probed. The triggers keep the copy in step whoever writes incidents (the date is set once).
ALTER TABLE incident_companies ADD COLUMN first_reported_at INTEGER NOT NULL DEFAULT 0;

UPDATE incident_companies SET first_reported_at = (SELECT i.first_reported_at FROM incidents i WHERE i.id = incident_companies.incident_id);

CREATE TRIGGER incident_companies_reported_at AFTER INSERT ON incident_companies BEGIN
    UPDATE incident_companies SET first_reported_at = (SELECT i.first_reported_at FROM incidents i WHERE i.id = new.incident_id)
    WHERE incident_id = new.incident_id AND company_slug = new.company_slug;
END;

CREATE TRIGGER incidents_reported_at_changed AFTER UPDATE OF first_reported_at ON incidents BEGIN
    UPDATE incident_companies SET first_reported_at = new.first_reported_at WHERE incident_id = new.id;
END;

-- Replaces incident_companies_slug: the same leading column serves the alert fan-out.
DROP INDEX incident_companies_slug;
CREATE INDEX incident_companies_history ON incident_companies(company_slug, first_reported_at DESC, incident_id DESC);
