package org.clinicite.core.id;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** JPA converters that store identifiers as their normalised text. */
public final class IdentifierConverters {
    private IdentifierConverters() {
    }

    @Converter(autoApply = true)
    public static final class DoiConverter implements AttributeConverter<Doi, String> {
        @Override
        public String convertToDatabaseColumn(Doi id) {
            return id == null ? null : id.value();
        }

        @Override
        public Doi convertToEntityAttribute(String s) {
            return s == null ? null : new Doi(s);
        }
    }

    @Converter(autoApply = true)
    public static final class PmidConverter implements AttributeConverter<Pmid, String> {
        @Override
        public String convertToDatabaseColumn(Pmid id) {
            return id == null ? null : id.value();
        }

        @Override
        public Pmid convertToEntityAttribute(String s) {
            return s == null ? null : new Pmid(s);
        }
    }

    @Converter(autoApply = true)
    public static final class PmcidConverter implements AttributeConverter<Pmcid, String> {
        @Override
        public String convertToDatabaseColumn(Pmcid id) {
            return id == null ? null : id.value();
        }

        @Override
        public Pmcid convertToEntityAttribute(String s) {
            return s == null ? null : new Pmcid(s);
        }
    }

    @Converter(autoApply = true)
    public static final class NctIdConverter implements AttributeConverter<NctId, String> {
        @Override
        public String convertToDatabaseColumn(NctId id) {
            return id == null ? null : id.value();
        }

        @Override
        public NctId convertToEntityAttribute(String s) {
            return s == null ? null : new NctId(s);
        }
    }
}
