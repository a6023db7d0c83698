package cn.bjzgh.rights.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code knowledge/synonyms.txt} (Solr synonym format, one group per line,
 * {@code #} comments). Each entry is segmented by the same analyzer as the index, so
 * multi-word phrases such as 被开了 match however SmartCN splits them. A broken file is
 * reported and search goes on without synonyms rather than failing.
 */
final class SynonymLoader {

	private static final Logger log = LoggerFactory.getLogger(SynonymLoader.class);

	private SynonymLoader() {
	}

	static SynonymMap load(Path file) {
		if (!Files.isRegularFile(file)) {
			log.warn("No synonym file at {}; searching without synonyms", file.toAbsolutePath());
		}
		return RuleFiles.leniently(file, SynonymLoader::empty, SynonymLoader::parse, "Synonym file");
	}

	/**
	 * For a re-index: a missing file means no synonyms, but one that does not parse is an
	 * error, so the caller can keep the list it has.
	 */
	static SynonymMap loadStrictly(Path file) throws IOException {
		return RuleFiles.strictly(file, SynonymLoader::empty, SynonymLoader::parse);
	}

	static SynonymMap parse(Reader reader) throws IOException, ParseException {
		SolrSynonymParser parser = new SolrSynonymParser(true, true, ChineseAnalyzer.plain());
		parser.parse(reader);
		return parser.build();
	}

	private static SynonymMap empty() {
		try {
			return parse(new StringReader(""));
		}
		catch (IOException | ParseException ex) {
			throw new IllegalStateException("An empty synonym list always parses", ex);
		}
	}

}
