package cn.bjzgh.rights.search;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reading a file of rules that union staff edit beside the knowledge base (the synonyms,
 * the misspellings): a missing file means no rules; at start-up a file that does not
 * parse is reported and search goes on without it, while a re-index fails on it so that
 * the rules in use stay.
 */
final class RuleFiles {

	private static final Logger log = LoggerFactory.getLogger(RuleFiles.class);

	/** Reads the rules of one file. */
	@FunctionalInterface
	interface Parser<T> {

		/**
		 * @throws ParseException or {@link IllegalArgumentException} for a file that is
		 * not such rules
		 */
		T parse(Reader reader) throws IOException, ParseException;

	}

	private RuleFiles() {
	}

	/**
	 * For a re-index: {@code none} for a missing file; one that does not parse is an
	 * {@link IOException} naming the file.
	 */
	static <T> T strictly(Path file, Supplier<T> none, Parser<T> parser) throws IOException {
		if (!Files.isRegularFile(file)) {
			return none.get();
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return parser.parse(reader);
		}
		catch (ParseException | IllegalArgumentException ex) {
			throw new IOException(file.getFileName() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * At start-up: as {@link #strictly}, but a file that cannot be read or parsed is
	 * logged and {@code none} used.
	 * @param what what the file holds, for the log ("Synonym file", "Misspellings file")
	 */
	static <T> T leniently(Path file, Supplier<T> none, Parser<T> parser, String what) {
		try {
			return strictly(file, none, parser);
		}
		catch (IOException ex) {
			log.error("{} {} could not be read ({}); searching without it", what, file, ex.getMessage());
			return none.get();
		}
	}

}
