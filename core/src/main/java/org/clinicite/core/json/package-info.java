/**
 * JSON views of the model in the shape DESIGN.md fixes for {@code extract}, {@code show}
 * and the citation module: CSL-JSON names plus a {@code clinicite} object.
 */
package org.clinicite.core.json;
