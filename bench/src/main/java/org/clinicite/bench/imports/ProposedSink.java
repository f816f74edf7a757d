package org.clinicite.bench.imports;

import java.util.ArrayList;
import java.util.List;
import org.clinicite.core.db.Database;
import org.clinicite.importer.ImportOutcome;
import org.clinicite.importer.ParsedRecord;
import org.clinicite.importer.Problem;
import org.clinicite.importer.RecordResult;
import org.clinicite.importer.RecordSink;

/** The experiment's sink: batches of records, each stored by {@link ProposedStore} in one transaction (no retry path). */
final class ProposedSink implements RecordSink {
    private final Database db;
    private final int batchSize;
    private final boolean perRecord;
    private final ProgressListener progress;
    private final List<ParsedRecord> batch = new ArrayList<>();
    private long stored;
    private long rejected;
    private long warnings;

    ProposedSink(Database db, int batchSize, boolean perRecord, ProgressListener progress) {
        this.db = db;
        this.batchSize = batchSize;
        this.perRecord = perRecord;
        this.progress = progress;
    }

    @Override
    public void accept(ParsedRecord record) {
        batch.add(record);
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<Long> ids = db.inTransaction(s -> ProposedStore.store(s, batch, perRecord));
        for (int i = 0; i < ids.size(); i++) {
            ParsedRecord r = batch.get(i);
            progress.recordDone(new RecordResult(r.source(), r.line(), ImportOutcome.ADDED, ids.get(i), null, null, null));
        }
        stored += ids.size();
        batch.clear();
    }

    @Override
    public void reject(Problem problem) {
        rejected++;
    }

    @Override
    public void warn(Problem problem) {
        warnings++;
    }

    String summary() {
        return stored + " stored by the proposed store, " + rejected + " rejected, " + warnings + " warnings";
    }
}
