-- The change log's sequence numbers must follow commit order, or the search index can
-- skip a change: an identity value is taken at insert time, so with two writers seq 5
-- could commit after seq 6 was already read. A single counter row, incremented in the
-- writing transaction, holds a row lock until commit, so the next writer takes the next
-- number only after this one has committed.
create table change_counter (
    id  integer primary key,
    seq bigint not null
);
insert into change_counter (id, seq) select 1, coalesce(max(seq), 0) from change_log;
