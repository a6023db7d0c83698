package cn.bjzgh.rights.search;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Long one-off work (loading the model, computing the first pass's axes) on a daemon
 * thread of its own, named for thread dumps, so that neither start-up nor a search waits
 * for it.
 */
final class OwnThread {

	private OwnThread() {
	}

	/**
	 * Starts {@code work} on a new daemon thread called {@code name}.
	 * @return completes with its result, or exceptionally with the runtime exception it
	 * threw
	 */
	static <T> CompletableFuture<T> supply(String name, Supplier<T> work) {
		CompletableFuture<T> future = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				future.complete(work.get());
			}
			catch (RuntimeException ex) {
				future.completeExceptionally(ex);
			}
		}, name);
		thread.setDaemon(true);
		thread.start();
		return future;
	}

}
