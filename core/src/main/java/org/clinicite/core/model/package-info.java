/**
 * The domain model, mapped with Hibernate ORM.
 *
 * <ul>
 *   <li>{@link org.clinicite.core.model.Study}: a published report or registered trial, with
 *       ordered {@link org.clinicite.core.model.Authorship}s, a shared
 *       {@link org.clinicite.core.model.Journal}, a {@link org.clinicite.core.model.PartialDate},
 *       vocabulary links ({@link org.clinicite.core.model.StudyTerm}), numeric
 *       {@link org.clinicite.core.model.Outcome}s, findings and the
 *       {@link org.clinicite.core.model.Provenance} of every source record merged into it.</li>
 *   <li>{@link org.clinicite.core.model.WriteUp}: a news article with the
 *       {@link org.clinicite.core.model.Claim}s (numbers) it states, linked to studies by
 *       {@link org.clinicite.core.model.Coverage}.</li>
 *   <li>{@link org.clinicite.core.model.ClaimCheck}: derived agreement of a claim with a study.</li>
 * </ul>
 *
 * Importers build these objects detached; the importer's merge service attaches them
 * to a session. Children are owned by their parent (cascade, orphan removal).
 */
package org.clinicite.core.model;
