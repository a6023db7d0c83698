package cn.bjzgh.rights.search;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * A document's vector kept as binary doc values (little-endian floats). The search reads
 * every vector into {@link PassageTable} once per index version and compares them there;
 * it never runs a kNN query, so the HNSW graph Lucene builds for a vector field (and
 * rebuilds on every merge) was written for nothing. A column costs nothing on a merge but
 * a copy.
 */
final class VectorColumn {

	private VectorColumn() {
	}

	static BinaryDocValuesField field(String name, float[] vector) {
		ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		bytes.asFloatBuffer().put(vector);
		return new BinaryDocValuesField(name, new BytesRef(bytes.array()));
	}

	/**
	 * A leaf's vectors of one field by leaf document number; null where a doc has none.
	 */
	static float[][] read(LeafReader reader, String field) throws IOException {
		float[][] out = new float[reader.maxDoc()][];
		BinaryDocValues values = reader.getBinaryDocValues(field);
		if (values == null) {
			return out;
		}
		for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
			BytesRef ref = values.binaryValue();
			float[] vector = new float[ref.length / Float.BYTES];
			ByteBuffer.wrap(ref.bytes, ref.offset, ref.length)
				.order(ByteOrder.LITTLE_ENDIAN)
				.asFloatBuffer()
				.get(vector);
			out[d] = vector;
		}
		return out;
	}

}
