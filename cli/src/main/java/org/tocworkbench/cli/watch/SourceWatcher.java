package org.tocworkbench.cli.watch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Tells when any of a set of files changes. It watches the folders that hold the files, not the
 * files themselves, so that editors that save by writing a new file and renaming it over the old
 * one, and files deleted and made again, are seen like plain saves. Bursts of events (an editor
 * writes, truncates and renames in a few milliseconds) are merged: the listener runs once, a
 * quiet {@code debounce} after the last event, on the watcher's own thread. The thread blocks
 * on the watch service between events; nothing polls.
 */
public final class SourceWatcher implements Closeable {
    private final WatchService service;
    private final Runnable onChange;
    private final long debounceMillis;
    private final ScheduledExecutorService scheduler;
    private final Thread thread;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private volatile Set<Path> files = Set.of();
    private ScheduledFuture<?> pending;

    /** @param onChange run after a burst of changes to watched files settles */
    public SourceWatcher(Runnable onChange, long debounceMillis) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        this.debounceMillis = debounceMillis;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "toc-watch-debounce"));
        this.thread = daemon(this::loop, "toc-watch");
    }

    /** Starts watching; call {@link #watch} first with the files of interest. */
    public void start() {
        thread.start();
    }

    /**
     * Replaces the files of interest and watches the folders that hold them. A folder that does
     * not exist (yet) is skipped; it is tried again on the next call.
     */
    public synchronized void watch(Set<Path> newFiles) {
        files = Set.copyOf(newFiles.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        for (Path f : files) {
            Path folder = f.getParent();
            if (folder == null || !Files.isDirectory(folder) || folders.containsValue(folder)) {
                continue;
            }
            try {
                WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                folders.put(key, folder);
            } catch (IOException | ClosedWatchServiceException e) {
                // the folder vanished between the check and the registration, or we are closing
            }
        }
    }

    /** The files of interest now. */
    public Set<Path> files() {
        return files;
    }

    private void loop() {
        while (true) {
            WatchKey key;
            try {
                key = service.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Path folder;
            synchronized (this) {
                folder = folders.get(key);
            }
            boolean relevant = false;
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                    relevant = true;
                } else if (folder != null && event.context() instanceof Path name) {
                    relevant |= files.contains(folder.resolve(name).toAbsolutePath().normalize());
                }
            }
            if (!key.reset()) {
                synchronized (this) {
                    folders.remove(key);
                }
                relevant = true;
            }
            if (relevant) {
                schedule();
            }
        }
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        if (!scheduler.isShutdown()) {
            pending = scheduler.schedule(onChange, debounceMillis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() throws IOException {
        scheduler.shutdownNow();
        service.close();
        thread.interrupt();
        try {
            thread.join(2000);
            scheduler.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
