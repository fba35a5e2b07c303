#pragma once

#include <QString>
#include <optional>

namespace xynap::cli {

// A threshold range as the monitoring-plugins development guidelines define it:
//   N      alert when the value is below 0 or above N
//   N:     alert when below N
//   ~:N    alert when above N
//   M:N    alert when outside M..N
//   @M:N   alert when inside M..N (inclusive)
class Threshold final {
public:
    static std::optional<Threshold> parse(const QString &text);
    bool alerts(double value) const;
    QString text() const { return m_text; } // as given, for the perfdata

private:
    double m_start = 0;
    double m_end = 0;
    bool m_startInfinite = false;
    bool m_endInfinite = false;
    bool m_inside = false;
    QString m_text;
};

} // namespace xynap::cli
