-- clinicite schema, version 1. Portable SQL: the same file runs on H2 (embedded
-- default) and PostgreSQL. Never edit a released migration; add V2__... instead.

create sequence journal_seq start with 1 increment by 50;
create sequence study_seq start with 1 increment by 50;
create sequence authorship_seq start with 1 increment by 50;
create sequence study_term_seq start with 1 increment by 50;
create sequence outcome_seq start with 1 increment by 50;
create sequence provenance_seq start with 1 increment by 50;
create sequence write_up_seq start with 1 increment by 50;
create sequence coverage_seq start with 1 increment by 50;

create table journal (
    id               bigint primary key,
    title            varchar(1000) not null,
    title_key        varchar(1000) not null unique,
    iso_abbreviation varchar(255),
    issn             varchar(32)
);

create table study (
    id               bigint primary key,
    version          integer not null,
    status           varchar(16) not null,
    title            varchar(4000),
    title_key        varchar(600),
    abstract_text    varchar,
    publication_type varchar(255),
    doi              varchar(255) unique,
    pmid             varchar(16) unique,
    pmcid            varchar(32) unique,
    nct_id           varchar(16),
    journal_id       bigint references journal (id),
    volume           varchar(64),
    issue            varchar(64),
    pages            varchar(64),
    pub_year         integer,
    pub_month        integer,
    pub_day          integer,
    design           varchar(32),
    design_detail    varchar(1000),
    phase            varchar(32),
    blinding         varchar(255),
    enrolled         integer,
    analysed         integer,
    population       varchar(4000),
    first_author_key varchar(255),
    created_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null
);
create index study_title_key_idx on study (title_key);
-- not unique: a trial's registry record and the papers that report it carry one NCT number
create index study_nct_idx on study (nct_id);

create table authorship (
    id          bigint primary key,
    study_id    bigint not null references study (id) on delete cascade,
    position    integer not null,
    family      varchar(255),
    given       varchar(255),
    literal     varchar(1000),
    affiliation varchar(4000),
    constraint authorship_position_uq unique (study_id, position)
);

create table study_term (
    id        bigint primary key,
    study_id  bigint not null references study (id) on delete cascade,
    kind      varchar(16) not null,
    term_key  varchar(128) not null,
    label     varchar(255) not null,
    role      varchar(16) not null,
    qualifier varchar(255),
    constraint study_term_uq unique (study_id, kind, term_key, role)
);
create index study_term_key_idx on study_term (kind, term_key);

create table outcome (
    id              bigint primary key,
    study_id        bigint not null references study (id) on delete cascade,
    position        integer not null,
    measure         varchar(1000),
    description     varchar(4000),
    responders      integer,
    total           integer,
    threshold       varchar(255),
    timepoint       varchar(255),
    effect_size     varchar(255),
    p_value         varchar(64),
    source_sentence varchar(8000)
);
create index outcome_study_idx on outcome (study_id);

create table finding (
    study_id bigint not null references study (id) on delete cascade,
    position integer not null,
    text     varchar(4000) not null,
    primary key (study_id, position)
);

create table provenance (
    id          bigint primary key,
    study_id    bigint not null references study (id) on delete cascade,
    format      varchar(32) not null,
    source      varchar(4000),
    record_key  varchar(1000),
    fingerprint varchar(64) not null,
    imported_at timestamp(6) with time zone not null
);
create index provenance_fingerprint_idx on provenance (fingerprint);
create index provenance_study_idx on provenance (study_id);

create table write_up (
    id             bigint primary key,
    fingerprint    varchar(64) not null unique,
    outlet         varchar(255),
    headline       varchar(1000) not null,
    byline         varchar(1000),
    published_date date,
    url            varchar(4000),
    body           varchar,
    imported_at    timestamp(6) with time zone not null
);

create table write_up_category (
    write_up_id bigint not null references write_up (id) on delete cascade,
    position    integer not null,
    category    varchar(255) not null,
    primary key (write_up_id, position)
);

create table claim (
    write_up_id bigint not null references write_up (id) on delete cascade,
    position    integer not null,
    sentence    varchar(4000),
    responders  integer,
    total       integer,
    primary key (write_up_id, position)
);

create table coverage (
    id          bigint primary key,
    write_up_id bigint not null references write_up (id) on delete cascade,
    study_id    bigint not null references study (id) on delete cascade,
    method      varchar(32) not null,
    confidence  double precision not null,
    constraint coverage_uq unique (write_up_id, study_id)
);

-- Every committed change to a study appends a row here, in the same transaction.
-- The search index records the last sequence number it holds and catches up from it.
create table change_log (
    seq        bigint generated by default as identity primary key,
    study_id   bigint not null,
    changed_at timestamp(6) with time zone not null
);
