/*
 * nmexec: the only harness code that runs inside a client container.
 *
 *   nmexec init                     stay alive as PID 1, reaping orphans, until SIGTERM/SIGINT
 *   nmexec run CAP_SECONDS -- ARGV  run ARGV in its own process group, kill the group at the cap,
 *                                   then append one report record to stderr
 *
 * Why a static C program: docker exec offers no timeout and its own start-up latency would pollute
 * durations, and the image under test may lack python, perl or a `date` with nanoseconds. A static
 * binary behaves the same in every distro image.
 *
 * The report is a single record that starts with the ASCII record separator (0x1e), so the harness
 * can split it off the client's own stderr without guessing where a line ends:
 *   \x1eNMX 1 exit=<code> signal=<n> killed=<0|1> duration_ns=<n>\n
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define GRACE_NS 2000000000LL /* between SIGTERM and SIGKILL at the cap */

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static volatile sig_atomic_t stop_requested;
static void on_stop(int sig) { (void)sig; stop_requested = 1; }

static int run_init(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_stop;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    while (!stop_requested) {
        /* Orphans of exec'd clients (browser helpers, daemonised children) are re-parented here. */
        pid_t pid = waitpid(-1, NULL, WNOHANG);
        if (pid <= 0) sleep(1);
    }
    return 0;
}

static void report(int code, int sig, int killed, long long duration_ns) {
    /* stdio buffers may hold nothing of ours, but flush the client's stderr position first. */
    fprintf(stderr, "\x1eNMX 1 exit=%d signal=%d killed=%d duration_ns=%lld\n", code, sig, killed,
            duration_ns);
    fflush(stderr);
}

static int run_capped(double cap_seconds, char **argv) {
    long long cap_ns = (long long)(cap_seconds * 1e9);
    long long start = now_ns();
    pid_t child = fork();
    if (child < 0) {
        perror("nmexec: fork");
        return 125;
    }
    if (child == 0) {
        setpgid(0, 0);
        if (isatty(STDIN_FILENO)) {
            /* A terminal client must own the foreground, or its first read stops it (SIGTTIN). */
            signal(SIGTTOU, SIG_IGN);
            tcsetpgrp(STDIN_FILENO, getpid());
            signal(SIGTTOU, SIG_DFL);
        }
        execvp(argv[0], argv);
        fprintf(stderr, "nmexec: cannot execute %s: %s\n", argv[0], strerror(errno));
        _exit(errno == ENOENT ? 127 : 126);
    }
    setpgid(child, child); /* also from the parent: no window where a kill misses the group */

    int status = 0, killed = 0;
    long long term_at = start + cap_ns, kill_at = -1;
    for (;;) {
        pid_t r = waitpid(child, &status, WNOHANG);
        if (r == child) break;
        if (r < 0 && errno != EINTR) {
            perror("nmexec: waitpid");
            return 125;
        }
        long long t = now_ns();
        if (!killed && t >= term_at) {
            killed = 1;
            kill(-child, SIGTERM);
            kill_at = t + GRACE_NS;
        } else if (killed && kill_at > 0 && t >= kill_at) {
            kill(-child, SIGKILL);
            kill_at = -1;
        }
        struct timespec nap = {0, 2000000}; /* 2 ms: well below any duration worth reporting */
        nanosleep(&nap, NULL);
    }
    long long duration = now_ns() - start;
    /* Leftovers of the group (a browser's helpers) must not outlive the cell. */
    kill(-child, SIGKILL);

    int code = -1, sig = 0;
    if (WIFEXITED(status)) code = WEXITSTATUS(status);
    else if (WIFSIGNALED(status)) sig = WTERMSIG(status);
    report(code, sig, killed, duration);
    return WIFEXITED(status) ? code : 128 + sig;
}

int main(int argc, char **argv) {
    if (argc >= 2 && strcmp(argv[1], "init") == 0) return run_init();
    if (argc >= 5 && strcmp(argv[1], "run") == 0 && strcmp(argv[3], "--") == 0) {
        char *end = NULL;
        double cap = strtod(argv[2], &end);
        if (end == argv[2] || cap <= 0) {
            fprintf(stderr, "nmexec: bad cap %s\n", argv[2]);
            return 125;
        }
        return run_capped(cap, argv + 4);
    }
    fprintf(stderr, "usage: nmexec init | nmexec run CAP_SECONDS -- ARGV...\n");
    return 125;
}
