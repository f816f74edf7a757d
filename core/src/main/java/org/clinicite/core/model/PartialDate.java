package org.clinicite.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A publication date as bibliographic records give it: a year, optionally a month,
 * optionally a day. Never invents a missing part.
 */
@Embeddable
public record PartialDate(
        @Column(name = "pub_year") Integer year,
        @Column(name = "pub_month") Integer month,
        @Column(name = "pub_day") Integer day) {

    public PartialDate {
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null && (day < 1 || day > 31 || month == null)) {
            throw new IllegalArgumentException("day without month or out of range: " + day);
        }
        if (year == null && month != null) {
            throw new IllegalArgumentException("month without year");
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    public boolean isEmpty() {
        return year == null;
    }

    /** CSL-JSON {@code date-parts}: [[2020, 3, 23]], as many parts as known. */
    public int[] dateParts() {
        if (year == null) {
            return new int[0];
        }
        if (month == null) {
            return new int[] {year};
        }
        return day == null ? new int[] {year, month} : new int[] {year, month, day};
    }

    @Override
    public String toString() {
        if (year == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder().append(year);
        if (month != null) {
            sb.append(String.format("-%02d", month));
            if (day != null) {
                sb.append(String.format("-%02d", day));
            }
        }
        return sb.toString();
    }
}
