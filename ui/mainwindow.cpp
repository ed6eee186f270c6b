#include "mainwindow.h"

#include <QLabel>

namespace vh {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Vast Harvest"));
    auto *placeholder = new QLabel(tr("No instances yet."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

} // namespace vh
