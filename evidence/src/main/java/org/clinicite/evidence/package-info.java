/** Evidence at a glance: outcome tables, pooled proportions, forest plots, coverage. */
package org.clinicite.evidence;
