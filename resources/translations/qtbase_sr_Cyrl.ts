<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Generated from qtbase_sr_Latn.ts by scripts/translations.py (content.translit): do not edit; edit qtbase_sr_Latn.ts and run make translations. -->
<TS version="2.1" language="sr_Cyrl" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Alias</source>
        <translation>Алијас</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Датотека</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Фасцикла</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Пречица</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Непознато</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Изабери све</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Повећај</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Смањи</translation>
    </message>
</context>
<context>
    <name>QAccessibleActionInterface</name>
    <message>
        <source>Decrease</source>
        <translation>Смањи</translation>
    </message>
    <message>
        <source>Decrease the value</source>
        <translation>Смањује вредност</translation>
    </message>
    <message>
        <source>Goes back a page</source>
        <translation>Враћа се једну страну</translation>
    </message>
    <message>
        <source>Goes to the next page</source>
        <translation>Прелази на следећу страну</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Повећај</translation>
    </message>
    <message>
        <source>Increase the value</source>
        <translation>Повећава вредност</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Притисни</translation>
    </message>
    <message>
        <source>Scroll Left</source>
        <translation>Помери улево</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Помери удесно</translation>
    </message>
    <message>
        <source>Scrolls down</source>
        <translation>Помера наниже</translation>
    </message>
    <message>
        <source>Scrolls to the left</source>
        <translation>Помера улево</translation>
    </message>
    <message>
        <source>Scrolls to the right</source>
        <translation>Помера удесно</translation>
    </message>
    <message>
        <source>Scrolls up</source>
        <translation>Помера навише</translation>
    </message>
    <message>
        <source>SetFocus</source>
        <translation>Постави фокус</translation>
    </message>
    <message>
        <source>Sets the focus</source>
        <translation>Поставља фокус</translation>
    </message>
    <message>
        <source>Shows the menu</source>
        <translation>Приказује мени</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>Укључи/искључи</translation>
    </message>
    <message>
        <source>Toggles the state</source>
        <translation>Мења стање</translation>
    </message>
    <message>
        <source>Triggers the action</source>
        <translation>Покреће радњу</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>False</source>
        <translation>Нетачно</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Отвори списак за избор</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Тачно</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Banner Pages</source>
        <translation>Насловне стране</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Подаци за наплату:</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Тајно</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Поверљиво</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Дању (од 06:00 до 17:59)</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Крај:</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Задржи до даљег</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Задатак</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Управљање задатком</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Ноћу (од 18:00 до 05:59)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Без</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Штампај одмах</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Друга смена (од 16:00 до 23:59)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Строго поверљиво</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>У задато време</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандардно</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Почетак:</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Трећа смена (од 00:00 до 07:59)</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Државна тајна</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Неозначено</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Викенд (субота и недеља)</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>Подаци за &amp;наплату:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Крај:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Почетак:</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>П&amp;риоритет задатка:</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>&amp;Заказана штампа:</translation>
    </message>
</context>
<context>
    <name>QCupsPrinterSupport</name>
    <message>
        <source>Authentication Needed</source>
        <translation>Потребна је пријава</translation>
    </message>
    <message>
        <source>Authentication needed to use %1 on %2.</source>
        <translation>За коришћење штампача %1 на %2 потребна је пријава.</translation>
    </message>
    <message>
        <source>Authentication needed to use %1.</source>
        <translation>За коришћење штампача %1 потребна је пријава.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Лозинка:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Корисничко име:</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>Шта је ово?</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>У реду</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Откажи</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Затвори</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;У реду</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прекини</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Примени</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Затвори без чувања</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Одбаци</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помоћ</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Занемари</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;е за све</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Врати на почетно</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Врати подразумевано</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Покушај поново</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сачувај</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сачувај све</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Д&amp;а за све</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Затвара окно</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Одвоји</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Одваја окно од прозора и враћа га</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Фасцикла није пронађена.
Проверите да ли је назив фасцикле тачно наведен.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Датотека није пронађена.
Проверите да ли је назив датотеке тачно наведен.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 већ постоји.
Да ли желите да је замените?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Изабери</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>О&amp;бриши</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Нова фасцикла</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Отвори</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Преименуј</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>„%1“ је заштићено од уписивања.
Да ли ипак желите да га обришете?</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Алијас</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Све датотеке (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Све датотеке (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Да ли сигурно желите да обришете „%1“?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Приказ са појединостима</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Приказ у облику списка</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Фасцикла није могла да се обрише.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Направи нову фасциклу</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Направи нову фасциклу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Обриши</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Појединости</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Фасцикле</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Фасцикла:</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Датотека</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Назив датотеке:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Датотеке</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Проналажење фасцикле</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Фасцикла</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Напред</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Иди назад</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Иди напред</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Иди у надређену фасциклу</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Списак</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Списак места и обележивача</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Тражи у:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Нова фасцикла</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отварање</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Надређена фасцикла</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Недавна места</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Уклони</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Чување под именом</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Пречица</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Прикажи </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Прикажи &amp;скривене датотеке</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Бочна трака</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Непознато</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Тражи у:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Врста датотека:</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>Mac OS X Finder</comment>
        <translation>Алијас</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Рачунар</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Датум измене</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Врста</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Величина</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Врста</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Откажи</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Затвори</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;У реду</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сачувај</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Затвори без чувања</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Унесите вредност:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копирај</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Налепи</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Понови</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Опозови</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Исе&amp;ци</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Обриши</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Изабери све</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;О Qt-у&lt;/h3&gt;&lt;p&gt;Овај програм користи Qt верзију %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>О Qt-у</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Сакриј појединости…</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Прикажи појединости…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помоћ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>У реду</translation>
    </message>
</context>
<context>
    <name>QPPDOptionsModel</name>
    <message>
        <source>Name</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Вредност</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>CC</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Цицеро (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Прилагођено</translation>
    </message>
    <message>
        <source>DD</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>DD</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Дидо (DD)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Образац</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Висина:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Инчи (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Положено</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Маргине</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Милиметри (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Положај</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Распоред страна</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Величина стране:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Папир</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Извор папира:</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Пика (P̸)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Типографске тачке (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Усправно</translation>
    </message>
    <message>
        <source>P̸</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Обрнуто положено</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Обрнуто усправно</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ширина:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>доња маргина</translation>
    </message>
    <message>
        <source>in</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>in</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>лева маргина</translation>
    </message>
    <message>
        <source>mm</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>mm</translation>
    </message>
    <message>
        <source>pt</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>pt</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>десна маргина</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>горња маргина</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Редослед страна:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Страна &amp;по листу:</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>%1 x %2 in</source>
        <translation>%1 × %2 in</translation>
    </message>
    <message>
        <source>A0</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A0</translation>
    </message>
    <message>
        <source>A1</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A1</translation>
    </message>
    <message>
        <source>A10</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A10</translation>
    </message>
    <message>
        <source>A2</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A2</translation>
    </message>
    <message>
        <source>A3</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A3</translation>
    </message>
    <message>
        <source>A3 Extra</source>
        <translation>A3 екстра</translation>
    </message>
    <message>
        <source>A4</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A4</translation>
    </message>
    <message>
        <source>A4 Extra</source>
        <translation>A4 екстра</translation>
    </message>
    <message>
        <source>A4 Plus</source>
        <translation>A4 плус</translation>
    </message>
    <message>
        <source>A4 Small</source>
        <translation>A4 мали</translation>
    </message>
    <message>
        <source>A5</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A5</translation>
    </message>
    <message>
        <source>A5 Extra</source>
        <translation>A5 екстра</translation>
    </message>
    <message>
        <source>A6</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A6</translation>
    </message>
    <message>
        <source>A7</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A7</translation>
    </message>
    <message>
        <source>A8</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A8</translation>
    </message>
    <message>
        <source>A9</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>A9</translation>
    </message>
    <message>
        <source>ANSI C</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>ANSI C</translation>
    </message>
    <message>
        <source>ANSI D</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>ANSI D</translation>
    </message>
    <message>
        <source>ANSI E</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>ANSI E</translation>
    </message>
    <message>
        <source>Architect A</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Architect A</translation>
    </message>
    <message>
        <source>Architect B</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Architect B</translation>
    </message>
    <message>
        <source>Architect C</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Architect C</translation>
    </message>
    <message>
        <source>Architect D</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Architect D</translation>
    </message>
    <message>
        <source>Architect E</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Architect E</translation>
    </message>
    <message>
        <source>B0</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B0</translation>
    </message>
    <message>
        <source>B1</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B1</translation>
    </message>
    <message>
        <source>B10</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B10</translation>
    </message>
    <message>
        <source>B2</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B2</translation>
    </message>
    <message>
        <source>B3</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B3</translation>
    </message>
    <message>
        <source>B4</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B4</translation>
    </message>
    <message>
        <source>B5</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B5</translation>
    </message>
    <message>
        <source>B5 Extra</source>
        <translation>B5 екстра</translation>
    </message>
    <message>
        <source>B6</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B6</translation>
    </message>
    <message>
        <source>B7</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B7</translation>
    </message>
    <message>
        <source>B8</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B8</translation>
    </message>
    <message>
        <source>B9</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>B9</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Прилагођено</translation>
    </message>
    <message>
        <source>Custom (%1CC x %2CC)</source>
        <translation>Прилагођено (%1 CC × %2 CC)</translation>
    </message>
    <message>
        <source>Custom (%1DD x %2DD)</source>
        <translation>Прилагођено (%1 DD × %2 DD)</translation>
    </message>
    <message>
        <source>Custom (%1in x %2in)</source>
        <translation>Прилагођено (%1 in × %2 in)</translation>
    </message>
    <message>
        <source>Custom (%1mm x %2mm)</source>
        <translation>Прилагођено (%1 mm × %2 mm)</translation>
    </message>
    <message>
        <source>Custom (%1pc x %2pc)</source>
        <translation>Прилагођено (%1 pc × %2 pc)</translation>
    </message>
    <message>
        <source>Custom (%1pt x %2pt)</source>
        <translation>Прилагођено (%1 pt × %2 pt)</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Двострука дописница</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>Коверта B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>Коверта B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>Коверта B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>Коверта C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>Коверта C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>Коверта C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>Коверта C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>Коверта C4</translation>
    </message>
    <message>
        <source>Envelope C5</source>
        <translation>Коверта C5</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>Коверта C6</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>Коверта C65</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>Коверта C7</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>Коверта Цхоу 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>Коверта Цхоу 4</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>Коверта DL</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>Коверта Инвите</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>Коверта Италиан</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>Коверта Каку 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>Коверта Каку 3</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>Коверта Монарцх</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>Коверта PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>Коверта PRC 10</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>Коверта PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>Коверта PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>Коверта PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>Коверта PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>Коверта PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>Коверта PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>Коверта PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>Коверта PRC 9</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>Коверта Персонал</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>Коверта УС 10</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>Коверта УС 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>Коверта УС 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>Коверта УС 14</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>Коверта УС 9</translation>
    </message>
    <message>
        <source>Envelope You 4</source>
        <translation>Коверта You 4</translation>
    </message>
    <message>
        <source>Executive (7.25 x 10.5 in)</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Executive (7.25 x 10.5 in)</translation>
    </message>
    <message>
        <source>Executive (7.5 x 10 in)</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Executive (7.5 x 10 in)</translation>
    </message>
    <message>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Fan-fold German (8.5 x 12 in)</translation>
    </message>
    <message>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Fan-fold German Legal (8.5 x 13 in)</translation>
    </message>
    <message>
        <source>Fan-fold US (14.875 x 11 in)</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Fan-fold US (14.875 x 11 in)</translation>
    </message>
    <message>
        <source>Folio (8.27 x 13 in)</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Folio (8.27 x 13 in)</translation>
    </message>
    <message>
        <source>JIS B0</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B0</translation>
    </message>
    <message>
        <source>JIS B1</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B1</translation>
    </message>
    <message>
        <source>JIS B10</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B10</translation>
    </message>
    <message>
        <source>JIS B2</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B2</translation>
    </message>
    <message>
        <source>JIS B3</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B3</translation>
    </message>
    <message>
        <source>JIS B4</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B4</translation>
    </message>
    <message>
        <source>JIS B5</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B5</translation>
    </message>
    <message>
        <source>JIS B6</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B6</translation>
    </message>
    <message>
        <source>JIS B7</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B7</translation>
    </message>
    <message>
        <source>JIS B8</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B8</translation>
    </message>
    <message>
        <source>JIS B9</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>JIS B9</translation>
    </message>
    <message>
        <source>Ledger / ANSI B</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Ledger / ANSI B</translation>
    </message>
    <message>
        <source>Legal</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Legal Extra</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Legal Extra</translation>
    </message>
    <message>
        <source>Letter / ANSI A</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Letter / ANSI A</translation>
    </message>
    <message>
        <source>Letter Extra</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Letter Extra</translation>
    </message>
    <message>
        <source>Letter Plus</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Letter Plus</translation>
    </message>
    <message>
        <source>Letter Small</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Letter Small</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>PRC 16K</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>PRC 16K</translation>
    </message>
    <message>
        <source>PRC 32K</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>PRC 32K</translation>
    </message>
    <message>
        <source>PRC 32K Big</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>PRC 32K Big</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>Дописница</translation>
    </message>
    <message>
        <source>Quarto</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Quarto</translation>
    </message>
    <message>
        <source>Statement</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Super A</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Super A</translation>
    </message>
    <message>
        <source>Super B</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Super B</translation>
    </message>
    <message>
        <source>Tabloid / ANSI B</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Tabloid / ANSI B</translation>
    </message>
    <message>
        <source>Tabloid Extra</source>
        <translatorcomment>keep-latin</translatorcomment>
        <translation>Tabloid Extra</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прекини</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Примени</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Одбаци</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помоћ</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Занемари</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;е за све</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>У реду</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Врати на почетно</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Врати подразумевано</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Покушај поново</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сачувај</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сачувај све</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Д&amp;а за све</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 већ постоји.
Да ли желите да је замените?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 је фасцикла.
Изаберите други назив датотеке.</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Опције &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Опције &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Одш&amp;тампај</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1 × 1)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4 × 4)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2 × 1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2 × 2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2 × 3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3 × 3)</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Све стране</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Аутоматски</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Одоздо нагоре, слева надесно</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Одоздо нагоре, здесна налево</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Парне стране</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>У датотеку %1 не може да се уписује.
Изаберите други назив датотеке.</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Слева надесно, одоздо нагоре</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Слева надесно, одозго надоле</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Локална датотека</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>У реду</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Непарне стране</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Опције „Страна по листу“ и „Скуп страна“ не могу да се користе заједно.
Искључите једну од њих.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Штампање</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Штампај у датотеку…</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Штампај у датотеку (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Здесна налево, одоздо нагоре</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Здесна налево, одозго надоле</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Одозго надоле, слева надесно</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Одозго надоле, здесна налево</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Уписивање PDF датотеке</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 није исправно записано. Опсеге и стране раздвојите зарезом (,), опсег означите цртицом (-) и пазите да се опсези не преклапају.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Сукоб подешавања двостране штампе</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Неисправно наведене стране</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Подешавања двостране штампе су у сукобу. Да ли желите да их исправите?</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Прва страна</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Уклопи страну</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Уклопи ширину</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Положено</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Последња страна</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следећа страна</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Подешавање стране</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Подешавање стране</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Усправно</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Претходна страна</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Одштампај</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Преглед пре штампе</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Прикажи суседне стране</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Прикажи преглед свих страна</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Прикажи једну страну</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увећај</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Умањи</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Job Options</source>
        <translation>Опције задатка</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Својства штампача</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Сукоб напредних опција</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Сукоб подешавања стране</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Опције подешавања стране су у сукобу. Да ли желите да их исправите?</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Неке напредне опције су у сукобу. Да ли желите да их исправите?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>Образац</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Напредно</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Неке опције су у сукобу. Исправите их.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>Сложи примерке</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>У боји</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Боја</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Примерци</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Број примерака:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Тренутна страна</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Образац</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Нијансе сиве</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>По дужој ивици</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Без</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Опције</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Подешавања излаза</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Стране од</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Штампај све</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Опсег штампе</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Обрнутим редом</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Избор</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>По краћој ивици</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Двострана штампа</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Повез по дужој ивици</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Искључено</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Скуп страна:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Стране</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Повез по краћој ивици</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Наведите стране или опсеге раздвојене зарезима. Опсег се задаје двама бројевима раздвојеним цртицом. На пример: 3,5-7,9 штампа стране 3, 5, 6, 7 и 9.</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <source>...</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Образац</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Локација:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Излазна &amp;датотека:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Својства</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Штампач</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Врста:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Bottom</source>
        <translation>На дно</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Леви крај</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Страну наниже</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Страну улево</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Страну удесно</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Страну навише</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Десни крај</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Помери наниже</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>Помери овде</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Помери улево</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Помери удесно</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Помери навише</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>На врх</translation>
    </message>
</context>
<context>
    <name>QStandardPaths</name>
    <message>
        <source>Application Configuration</source>
        <translation>Подешавања апликација</translation>
    </message>
    <message>
        <source>Application Data</source>
        <translation>Подаци апликација</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Апликације</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Кеш</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Подешавања</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Радна површина</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Преузимања</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Фонтови</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Лична фасцикла</translation>
    </message>
    <message>
        <source>Movies</source>
        <translation>Видео записи</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Музика</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Слике</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Време извршавања</translation>
    </message>
    <message>
        <source>Shared Cache</source>
        <translation>Заједнички кеш</translation>
    </message>
    <message>
        <source>Shared Configuration</source>
        <translation>Заједничка подешавања</translation>
    </message>
    <message>
        <source>Shared Data</source>
        <translation>Заједнички подаци</translation>
    </message>
    <message>
        <source>Temporary Directory</source>
        <translation>Привремена фасцикла</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Преузимања</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Јавно</translation>
    </message>
    <message>
        <source>Shared State</source>
        <translation>Заједничко стање</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стање</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблони</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Помери улево</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Помери удесно</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI изоловање према првом јаком знаку</translation>
    </message>
    <message>
        <source>Insert Unicode control character</source>
        <translation>Уметни Unicode контролни знак</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE почетак уграђивања слева надесно</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI изоловање слева надесно</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM ознака слева надесно</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO почетак наметања слева надесно</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF крај усмереног обликовања</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI крај усмереног изоловања</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE почетак уграђивања здесна налево</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI изоловање здесна налево</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM ознака здесна налево</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO почетак наметања здесна налево</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ спајач нулте ширине</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ раздвајач нулте ширине</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP размак нулте ширине</translation>
    </message>
</context>
<context>
    <name>QWhatsThisAction</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>Шта је ово?</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>*</source>
        <translation>*</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копирај</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Налепи</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Понови</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Опозови</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Копирај адресу &amp;везе</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Исе&amp;ци</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Обриши</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Изабери све</translation>
    </message>
</context>
</TS>
