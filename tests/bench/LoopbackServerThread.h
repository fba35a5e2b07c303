// The listening half of the benchmarks' loopback servers (LoopbackEslServer, LoopbackApiServer):
// a socket on 127.0.0.1 at a port the system picks, an accept thread, one thread per client
// running the server's function on the connected socket, and a stop that ends the accept thread,
// shuts down the clients' sockets and joins every thread. POSIX sockets, no Qt event loop.
//
// The owner keeps it as a member, calls start() once what serve() reads is ready, and stop() in
// its destructor, before the members serve() reads are gone.

#pragma once

#include <QByteArray>
#include <arpa/inet.h>
#include <atomic>
#include <functional>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

namespace xynap_bench {

class LoopbackServerThread {
public:
    // serve(fd) talks to one client; the socket is closed when it returns.
    using Serve = std::function<void(int fd)>;

    LoopbackServerThread() = default;
    ~LoopbackServerThread() { stop(); }

    LoopbackServerThread(const LoopbackServerThread &) = delete;
    LoopbackServerThread &operator=(const LoopbackServerThread &) = delete;

    // Listens and accepts; false (and port() 0) when the socket could not be bound.
    bool start(Serve serve)
    {
        m_serve = std::move(serve);
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        if (m_listen < 0)
            return false;
        const int one = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        // A backlog for every node of a fleet connecting at once: with 16, fifty connections
        // overflowed the accept queue whenever the acceptor thread waited for the CPU; Linux then
        // drops the handshake's last ACK and retries its SYN-ACK after 1, 3, 7, 15 s, and some
        // connections outlasted the console's 10 s connect timeout (rows_ms of 10-13 s).
        if (::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
            || ::listen(m_listen, SOMAXCONN) != 0)
            return false;
        socklen_t len = sizeof addr;
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &len);
        m_port = ntohs(addr.sin_port);
        m_acceptor = std::thread([this] { acceptLoop(); });
        return true;
    }

    // Ends the accept thread, shuts down every client's socket and joins the client threads.
    // Safe to call more than once.
    void stop()
    {
        m_stop = true;
        if (m_acceptor.joinable())
            m_acceptor.join();
        {
            const std::lock_guard lock(m_mutex);
            for (const int fd : m_clients)
                ::shutdown(fd, SHUT_RDWR);
        }
        for (std::thread &t : m_threads)
            t.join();
        m_threads.clear();
        if (m_listen >= 0)
            ::close(m_listen);
        m_listen = -1;
    }

    quint16 port() const { return m_port; }
    // True once stop() has begun: a serve() that waits for more than its client checks it.
    bool stopping() const { return m_stop; }

    // Sends everything (false once the client is gone; never SIGPIPE).
    static bool sendAll(int fd, const char *data, qsizetype size)
    {
        while (size > 0) {
            const ssize_t n = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            data += n;
            size -= n;
        }
        return true;
    }
    static bool sendAll(int fd, const QByteArray &bytes)
    {
        return sendAll(fd, bytes.constData(), bytes.size());
    }

private:
    void acceptLoop()
    {
        while (!m_stop) {
            pollfd p {m_listen, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const int fd = ::accept(m_listen, nullptr, nullptr);
            if (fd < 0)
                continue;
            const std::lock_guard lock(m_mutex);
            m_clients.push_back(fd);
            m_threads.emplace_back([this, fd] { serveAndClose(fd); });
        }
    }

    void serveAndClose(int fd)
    {
        m_serve(fd);
        const std::lock_guard lock(m_mutex);
        std::erase(m_clients, fd);
        ::close(fd);
    }

    Serve m_serve;
    int m_listen = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop {false};
    std::thread m_acceptor;
    std::mutex m_mutex;
    std::vector<int> m_clients;
    std::vector<std::thread> m_threads;
};

} // namespace xynap_bench
