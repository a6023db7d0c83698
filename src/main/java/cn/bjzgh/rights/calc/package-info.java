/**
 * Deterministic calculators (severance, overtime pay, annual leave, double wages,
 * probation, Beijing maternity leave, arbitration deadline). Each shows its formula,
 * assumptions and legal basis, and reads the yearly Beijing figures from
 * {@code knowledge/parameters/beijing.yml} by effective date. Used by {@code /api/calc},
 * as LLM tools, and directly in offline answers.
 */
package cn.bjzgh.rights.calc;
