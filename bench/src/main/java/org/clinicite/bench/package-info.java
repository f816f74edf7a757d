/**
 * Benchmarks, each a main class that prints its figures and runs its named peer in the
 * same run (bench/README.md lists the commands). Not part of the test run.
 */
package org.clinicite.bench;
