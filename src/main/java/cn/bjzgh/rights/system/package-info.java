/**
 * Cross-cutting web concerns: RFC 9457 problem details with bilingual messages for every
 * error.
 */
package cn.bjzgh.rights.system;
