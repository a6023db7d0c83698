/**
 * Chinese retrieval over the knowledge base: one Lucene index holding BM25 text fields
 * (SmartCN segmentation, worker-vocabulary synonyms at query time) and bge-small-zh
 * vectors, fused by a fitted weighted score, exposed as a LangChain4j
 * {@code ContentRetriever} and as {@code /api/search}.
 */
package cn.bjzgh.rights.search;
