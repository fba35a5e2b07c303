#include "ui/common/FormLayouts.h"

#include <QLayout>
#include <QWidget>

namespace xynap::ui {

void refreshFormLayouts(QWidget *form)
{
    for (QLayout *layout : form->findChildren<QLayout *>())
        layout->invalidate();
}

} // namespace xynap::ui
