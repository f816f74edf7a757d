/** Text normalisation shared by merging and search: folded keys for titles and names. */
package org.clinicite.core.text;
