package cn.bjzgh.rights.search;

import java.util.List;

/**
 * The hits for one query.
 *
 * @param query the query as asked
 * @param tookMs wall time of the search, query embedding included
 * @param hits best first
 */
public record SearchResult(String query, long tookMs, List<SearchHit> hits) {

}
