-- Keywords an OPD gives its register entries steer routing, so they take effect only when the PPID Utama accepts
-- them: until then they wait here, with who proposed them and when.
alter table register_entry add column proposed_keywords    jsonb;
alter table register_entry add column keywords_proposed_at timestamptz;
alter table register_entry add column keywords_proposed_by varchar(255);

create index register_entry_proposals on register_entry (keywords_proposed_at) where proposed_keywords is not null;
