<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountDisputesPanel</name>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Por escrito</translation>
    </message>
    <message>
        <source>Verification mailed</source>
        <translation>Verificación enviada</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrada por</translation>
    </message>
    <message>
        <source>Record &amp;dispute…</source>
        <translation>Registrar &amp;disputa…</translation>
    </message>
    <message>
        <source>&amp;Verification sent…</source>
        <translation>&amp;Verificación enviada…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Resolver…</translation>
    </message>
    <message>
        <source>Resolve the dispute, or record that it was withdrawn</source>
        <translation>Resolver la disputa o registrar que se retiró</translation>
    </message>
    <message>
        <source>No disputes on this account.</source>
        <translation>No hay disputas en esta cuenta.</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>Acreedor</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Próxima acción</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Cease communication</source>
        <translation>Cese de comunicaciones</translation>
    </message>
    <message>
        <source>Attorney represented</source>
        <translation>Representado por abogado</translation>
    </message>
    <message>
        <source>Bankruptcy</source>
        <translation>Bancarrota</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <source>Insurance pending</source>
        <translation>Seguro pendiente</translation>
    </message>
    <message>
        <source>There is no account with id {id}.</source>
        <translation>No hay ninguna cuenta con el id {id}.</translation>
    </message>
    <message>
        <source>There is no account numbered {number}.</source>
        <translation>No hay ninguna cuenta con el número {number}.</translation>
    </message>
    <message>
        <source>More than one creditor has an account numbered {number}.</source>
        <translation>Más de un acreedor tiene una cuenta con el número {number}.</translation>
    </message>
    <message>
        <source>An account that is {old} cannot be moved to {new}.</source>
        <translation>Una cuenta en estado {old} no puede pasar a {new}.</translation>
    </message>
    <message>
        <source>A {kind} cannot be posted here.</source>
        <translation>No se puede registrar aquí un movimiento de tipo {kind}.</translation>
    </message>
    <message>
        <source>The amount cannot be zero.</source>
        <translation>El importe no puede ser cero.</translation>
    </message>
    <message>
        <source>A {kind} must be a positive amount; use an adjustment to lower the balance.</source>
        <translation>Un movimiento de tipo {kind} debe tener un importe positivo; use un ajuste para reducir el saldo.</translation>
    </message>
    <message>
        <source>Use the payment dialog to post payments.</source>
        <translation>Use la ventana de pagos para registrar pagos.</translation>
    </message>
    <message>
        <source>The effective date cannot be in the future.</source>
        <translation>La fecha efectiva no puede ser futura.</translation>
    </message>
    <message>
        <source>Give a reason for this entry.</source>
        <translation>Indique un motivo para este movimiento.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>El motivo es demasiado largo.</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>Change address</source>
        <translation>Cambiar dirección</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Agregar dirección</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Apt / suite</source>
        <translation>Apto. / oficina</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>Allocation</name>
    <message>
        <source>All {count} payments made</source>
        <translation>Los {count} pagos realizados</translation>
    </message>
    <message>
        <source>{paid} of {count} payments made</source>
        <translation>{paid} de {count} pagos realizados</translation>
    </message>
    <message>
        <source>{paid} of {count} payments made; next due {due}</source>
        <translation>{paid} de {count} pagos realizados; el próximo vence el {due}</translation>
    </message>
    <message>
        <source>{paid} of {count} payments made; {missed} missed (plan ends at {limit})</source>
        <translation>{paid} de {count} pagos realizados; {missed} no realizados (el plan termina al llegar a {limit})</translation>
    </message>
    <message>
        <source>{paid} of {count} payments made; next due {due}; {missed} missed (plan ends at {limit})</source>
        <translation>{paid} de {count} pagos realizados; el próximo vence el {due}; {missed} no realizados (el plan termina al llegar a {limit})</translation>
    </message>
</context>
<context>
    <name>ArrangementPage</name>
    <message>
        <source>How will the debt be paid?</source>
        <translation>¿Cómo se pagará la deuda?</translation>
    </message>
    <message>
        <source>Balance {balance} on account {number}.</source>
        <translation>Saldo de {balance} en la cuenta {number}.</translation>
    </message>
    <message>
        <source>Payment in &amp;full</source>
        <translation>Pago &amp;total</translation>
    </message>
    <message>
        <source>&amp;Settlement for less than the balance</source>
        <translation>&amp;Liquidación por menos del saldo</translation>
    </message>
    <message>
        <source>&amp;Installment plan for the whole balance</source>
        <translation>&amp;Plan de pagos en cuotas por todo el saldo</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Liquidación</translation>
    </message>
    <message>
        <source>Discount in &amp;percent</source>
        <translation>Descuento en p&amp;orcentaje</translation>
    </message>
    <message>
        <source>Discount as an a&amp;mount</source>
        <translation>Descuento como i&amp;mporte</translation>
    </message>
    <message>
        <source>e.g. 20</source>
        <translation>p. ej., 20</translation>
    </message>
    <message>
        <source>&amp;Discount</source>
        <translation>&amp;Descuento</translation>
    </message>
    <message>
        <source>Debtor pays</source>
        <translation>El deudor paga</translation>
    </message>
    <message>
        <source>In one &amp;lump sum</source>
        <translation>En un &amp;solo pago</translation>
    </message>
    <message>
        <source>In a short p&amp;lan</source>
        <translation>En un plan &amp;corto</translation>
    </message>
    <message>
        <source>Choose the manager who approves…</source>
        <translation>Elija el supervisor que lo aprueba…</translation>
    </message>
    <message>
        <source>Approved &amp;by</source>
        <translation>&amp;Aprobado por</translation>
    </message>
    <message>
        <source>Enter the discount.</source>
        <translation>Escriba el descuento.</translation>
    </message>
    <message>
        <source>“{text}” is not a percentage.</source>
        <translation>“{text}” no es un porcentaje.</translation>
    </message>
    <message>
        <source>A settlement needs a discount above zero.</source>
        <translation>Una liquidación requiere un descuento mayor que cero.</translation>
    </message>
    <message>
        <source>e.g. 150.00</source>
        <translation>p. ej., 150.00</translation>
    </message>
    <message>
        <source>A discount above {limit}% needs a manager&apos;s approval, and this office has no manager set up.</source>
        <translation>Un descuento superior al {limit}% requiere la aprobación de un supervisor, y esta oficina no tiene ningún supervisor configurado.</translation>
    </message>
    <message>
        <source>A discount above {limit}% needs a manager&apos;s approval.</source>
        <translation>Un descuento superior al {limit}% requiere la aprobación de un supervisor.</translation>
    </message>
</context>
<context>
    <name>ArrangementWizard</name>
    <message>
        <source>Payment arrangement — {name}, account {number}</source>
        <translation>Acuerdo de pago — {name}, cuenta {number}</translation>
    </message>
    <message>
        <source>&amp;Save arrangement</source>
        <translation>&amp;Guardar acuerdo</translation>
    </message>
</context>
<context>
    <name>Arrangements</name>
    <message>
        <source>This account already has an active plan. Cancel it before making a new one.</source>
        <translation>Esta cuenta ya tiene un plan activo. Cancélelo antes de crear uno nuevo.</translation>
    </message>
    <message>
        <source>There is no balance to arrange: the account owes nothing.</source>
        <translation>No hay saldo que acordar: la cuenta no debe nada.</translation>
    </message>
    <message>
        <source>The debt is disputed: collection is on hold until the verification is mailed, so no arrangement can be made yet.</source>
        <translation>La deuda está en disputa: el cobro está en espera hasta que se envíe la verificación por correo, así que todavía no se puede hacer un acuerdo de pago.</translation>
    </message>
    <message>
        <source>An account that is {status} cannot take a payment arrangement. Change its status first.</source>
        <translation>Una cuenta en estado “{status}” no admite un acuerdo de pago. Cambie primero su estado.</translation>
    </message>
    <message>
        <source>A settlement is for less than the balance of {balance}.</source>
        <translation>Una liquidación debe ser por menos del saldo de {balance}.</translation>
    </message>
    <message>
        <source>A {arrangement} is for the whole balance of {balance}.</source>
        <translation>Un {arrangement} debe cubrir todo el saldo de {balance}.</translation>
    </message>
    <message>
        <source>The first payment cannot be due in the past.</source>
        <translation>El primer pago no puede vencer en una fecha pasada.</translation>
    </message>
    <message>
        <source>The down payment cannot be due in the past.</source>
        <translation>El pago inicial no puede vencer en una fecha pasada.</translation>
    </message>
    <message>
        <source>Notes are limited to {limit} characters.</source>
        <translation>Las notas tienen un límite de {limit} caracteres.</translation>
    </message>
    <message>
        <source>A discount of {discount} is more than the office&apos;s {percent} limit: a manager must approve it.</source>
        <translation>Un descuento de {discount} supera el límite de {percent} de la oficina: debe aprobarlo un supervisor.</translation>
    </message>
    <message>
        <source>Only a manager can approve this discount.</source>
        <translation>Solo un supervisor puede aprobar este descuento.</translation>
    </message>
    <message>
        <source>Say why the plan is cancelled.</source>
        <translation>Indique por qué se cancela el plan.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>El motivo es demasiado largo.</translation>
    </message>
    <message>
        <source>There is no payment plan {plan}.</source>
        <translation>No existe el plan de pagos {plan}.</translation>
    </message>
    <message>
        <source>This plan is already {status}.</source>
        <translation>Este plan ya está {status}.</translation>
    </message>
    <message>
        <source>{count} plan completed</source>
        <translation>{count} plan completado</translation>
    </message>
    <message>
        <source>{count} plans completed</source>
        <translation>{count} planes completados</translation>
    </message>
    <message>
        <source>{count} plan broken</source>
        <translation>{count} plan incumplido</translation>
    </message>
    <message>
        <source>{count} plans broken</source>
        <translation>{count} planes incumplidos</translation>
    </message>
    <message>
        <source>{count} plan reopened</source>
        <translation>{count} plan reabierto</translation>
    </message>
    <message>
        <source>{count} plans reopened</source>
        <translation>{count} planes reabiertos</translation>
    </message>
    <message>
        <source>{count} promise kept</source>
        <translation>{count} promesa cumplida</translation>
    </message>
    <message>
        <source>{count} promises kept</source>
        <translation>{count} promesas cumplidas</translation>
    </message>
    <message>
        <source>{count} promise broken</source>
        <translation>{count} promesa incumplida</translation>
    </message>
    <message>
        <source>{count} promises broken</source>
        <translation>{count} promesas incumplidas</translation>
    </message>
    <message>
        <source>{count} account paid in full</source>
        <translation>{count} cuenta pagada en su totalidad</translation>
    </message>
    <message>
        <source>{count} accounts paid in full</source>
        <translation>{count} cuentas pagadas en su totalidad</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No hubo cambios.</translation>
    </message>
    <message>
        <source>One payment</source>
        <translation>Un solo pago</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
</context>
<context>
    <name>AskPassword</name>
    <message>
        <source>Mail password</source>
        <translation>Contraseña del correo</translation>
    </message>
    <message>
        <source>Password for {user} on {host}:</source>
        <translation>Contraseña de {user} en {host}:</translation>
    </message>
</context>
<context>
    <name>BatchLettersDialog</name>
    <message>
        <source>Batch letters</source>
        <translation>Cartas en lote</translation>
    </message>
    <message>
        <source>Accounts in the list as it is filtered now ({what})</source>
        <translation>Cuentas de la lista con el filtro actual ({what})</translation>
    </message>
    <message>
        <source>A saved rule:</source>
        <translation>Una regla guardada:</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>&amp;Reglas…</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Cuentas:</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <source>Each debtor&apos;s own language</source>
        <translation>El idioma de cada deudor</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>Also save one PDF per account, in a folder</source>
        <translation>Guardar también un PDF por cuenta en una carpeta</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Press Dry run to see who gets the letter and who is skipped.</source>
        <translation>Pulse Prueba para ver quién recibe la carta y quién se omite.</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Prueba</translation>
    </message>
    <message>
        <source>&amp;Print batch…</source>
        <translation>&amp;Imprimir lote…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>list filter: {what}</source>
        <translation>filtro de la lista: {what}</translation>
    </message>
    <message>
        <source>No dry run</source>
        <translation>Sin prueba</translation>
    </message>
    <message>
        <source>Checking {n} accounts…</source>
        <translation>Comprobando {n} cuentas…</translation>
    </message>
    <message>
        <source>The dry run was cancelled.</source>
        <translation>Se canceló la prueba.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Skip: {reason}</source>
        <translation>Omitir: {reason}</translation>
    </message>
    <message>
        <source>{n} letters to print, {skipped} skipped.</source>
        <translation>{n} cartas para imprimir, {skipped} omitidas.</translation>
    </message>
    <message>
        <source>Save the batch as</source>
        <translation>Guardar el lote como</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing {n} letters…</source>
        <translation>Imprimiendo {n} cartas…</translation>
    </message>
    <message>
        <source>The batch was cancelled; nothing was printed or recorded.</source>
        <translation>Se canceló el lote; no se imprimió ni se registró nada.</translation>
    </message>
    <message>
        <source>{letters} letters on {pages} pages saved to {path}, with the mailing log beside it. {skipped} skipped. Every letter is in its account&apos;s history.</source>
        <translation>{letters} cartas en {pages} páginas guardadas en {path}, con el registro de envíos por correo al lado. {skipped} omitidas. Cada carta figura en el historial de su cuenta.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>CancelPlanDialog</name>
    <message>
        <source>Cancel payment plan</source>
        <translation>Cancelar plan de pagos</translation>
    </message>
    <message>
        <source>Why the plan ends, e.g. the debtor asked for new terms</source>
        <translation>Por qué termina el plan; p. ej., el deudor pidió nuevas condiciones</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
</context>
<context>
    <name>ChannelLight</name>
    <message>
        <source>{channel}: —</source>
        <translation>{channel}: —</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <source>Allowed, with a note</source>
        <translation>Permitido, con una nota</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>No comprobado</translation>
    </message>
    <message>
        <source>Why not:</source>
        <translation>Por qué no:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Time zones checked: {zones}</source>
        <translation>Zonas horarias comprobadas: {zones}</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Revisar las filas</translation>
    </message>
    <message>
        <source>Every row of the file is read and checked; nothing is imported yet.</source>
        <translation>Se lee y revisa cada fila del archivo; todavía no se importa nada.</translation>
    </message>
    <message>
        <source>&amp;Stop the check</source>
        <translation>&amp;Detener la revisión</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only (the rest go to a rejects file to fix and import again)</source>
        <translation>Importar solo las &amp;filas válidas (las demás van a un archivo de rechazos para corregirlas e importarlas de nuevo)</translation>
    </message>
    <message>
        <source>Accounts already on file</source>
        <translation>Cuentas ya registradas</translation>
    </message>
    <message>
        <source>&amp;Update accounts already on file (new balance as an adjustment, new contact details added)</source>
        <translation>Act&amp;ualizar las cuentas ya registradas (el saldo nuevo como ajuste; se agregan los nuevos datos de contacto)</translation>
    </message>
    <message>
        <source>S&amp;kip accounts already on file</source>
        <translation>&amp;Omitir las cuentas ya registradas</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Revisando las filas…</translation>
    </message>
    <message>
        <source>The check was stopped. Go Back and Next to run it again.</source>
        <translation>Se detuvo la revisión. Pulse Atrás y luego Siguiente para repetirla.</translation>
    </message>
    <message>
        <source>No column is chosen for: {fields}.</source>
        <translation>No se eligió ninguna columna para: {fields}.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>El archivo no tiene filas para importar.</translation>
    </message>
    <message>
        <source>No row can be imported: every row has a problem.</source>
        <translation>No se puede importar ninguna fila: todas tienen algún problema.</translation>
    </message>
    <message>
        <source>1 row can be imported</source>
        <translation>Se puede importar 1 fila</translation>
    </message>
    <message>
        <source>{n} rows can be imported</source>
        <translation>Se pueden importar {n} filas</translation>
    </message>
    <message>
        <source>1 has problems</source>
        <translation>1 tiene problemas</translation>
    </message>
    <message>
        <source>{n} have problems</source>
        <translation>{n} tienen problemas</translation>
    </message>
    <message>
        <source>{good}, {problems}</source>
        <translation>{good}, {problems}</translation>
    </message>
    <message>
        <source>The row can be imported; it has no problems.</source>
        <translation>La fila se puede importar; no tiene problemas.</translation>
    </message>
    <message>
        <source>All {n} rows can be imported; none has problems.</source>
        <translation>Se pueden importar las {n} filas; ninguna tiene problemas.</translation>
    </message>
    <message>
        <source>The first {shown} rows with problems are listed; the rejects file will have all {n}.</source>
        <translation>Se muestran las primeras {shown} filas con problemas; el archivo de rechazos tendrá las {n}.</translation>
    </message>
</context>
<context>
    <name>ChooseLogoFile</name>
    <message>
        <source>Choose the office logo</source>
        <translation>Elija el logotipo de la oficina</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>CloseDisputeDialog</name>
    <message>
        <source>Resolve or withdraw dispute</source>
        <translation>Resolver o retirar la disputa</translation>
    </message>
    <message>
        <source>How it ended, e.g. the debtor accepted the itemization</source>
        <translation>Cómo terminó; p. ej., el deudor aceptó el desglose</translation>
    </message>
    <message>
        <source>The debtor &amp;withdrew the dispute</source>
        <translation>El deudor re&amp;tiró la disputa</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>The verification has not been mailed yet, so the dispute can only be withdrawn now. To resolve it, mail the verification first.</source>
        <translation>La verificación aún no se ha enviado por correo, así que por ahora la disputa solo puede retirarse. Para resolverla, envíe primero la verificación por correo.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Saving sets the account to plan and logs the arrangement in its history.</source>
        <translation>Al guardar, la cuenta pasa al estado de plan y el acuerdo de pago queda registrado en su historial.</translation>
    </message>
    <message>
        <source>&amp;Notes (optional)</source>
        <translation>&amp;Notas (opcional)</translation>
    </message>
    <message>
        <source>Open the &amp;agreement to print when saved</source>
        <translation>Abrir el &amp;acuerdo para imprimirlo al guardar</translation>
    </message>
    <message>
        <source>{arrangement} for {name}, account {number}.</source>
        <translation>{arrangement} para {name}, cuenta {number}.</translation>
    </message>
    <message>
        <source>Balance {balance}; the debtor pays {total}.</source>
        <translation>Saldo {balance}; el deudor paga {total}.</translation>
    </message>
    <message>
        <source>{count} payment(s) from {first} to {last}.</source>
        <translation>{count} pago(s) del {first} al {last}.</translation>
    </message>
    <message>
        <source>Discount approved by {name}.</source>
        <translation>Descuento aprobado por {name}.</translation>
    </message>
</context>
<context>
    <name>ContactGuardPanel</name>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>{channel}: not checked</source>
        <translation>{channel}: sin comprobar</translation>
    </message>
    <message>
        <source>{channel}: couldn&apos;t check the rules</source>
        <translation>{channel}: no se pudieron comprobar las reglas</translation>
    </message>
    <message>
        <source>{channel}: —</source>
        <translation>{channel}: —</translation>
    </message>
</context>
<context>
    <name>ContactRules</name>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>{channel}: allowed — note: {notes}</source>
        <translation>{channel}: se permite — nota: {notes}</translation>
    </message>
    <message>
        <source>{channel}: allowed</source>
        <translation>{channel}: se permite</translation>
    </message>
    <message>
        <source>{channel}: not allowed — {reasons}</source>
        <translation>{channel}: no se permite — {reasons}</translation>
    </message>
    <message>
        <source>{channel}: not before {when}</source>
        <translation>{channel}: no antes de {when}</translation>
    </message>
    <message>
        <source>{clock} {day} (their time)</source>
        <translation>{clock} {day} (hora del deudor)</translation>
    </message>
    <message>
        <source>{clock} {day} {zone}</source>
        <translation>{clock} {day} {zone}</translation>
    </message>
    <message>
        <source>{clock} {zone}</source>
        <translation>{clock} {zone}</translation>
    </message>
    <message>
        <source>{clock} {day} {zone} time ({others})</source>
        <translation>{clock} {day}, hora {zone} ({others})</translation>
    </message>
    <message>
        <source>they asked us to stop contacting them</source>
        <translation>nos pidió que dejáramos de contactarlo</translation>
    </message>
    <message>
        <source>The debtor told us in writing to stop contacting them. Only a letter saying we are stopping, or naming a specific step we will take, may still be sent; ask a manager.</source>
        <translation>El deudor nos pidió por escrito que dejáramos de contactarlo. Solo se puede enviar todavía una carta que indique que dejamos de hacerlo o que mencione un paso concreto que vamos a tomar; consulte a un supervisor.</translation>
    </message>
    <message>
        <source>they have a lawyer for this debt</source>
        <translation>tiene un abogado para esta deuda</translation>
    </message>
    <message>
        <source>The debtor has a lawyer for this debt. Contact the lawyer instead, unless the lawyer doesn&apos;t answer in a reasonable time or agrees that we contact the debtor.</source>
        <translation>El deudor tiene un abogado para esta deuda. Comuníquese con el abogado, a menos que este no responda en un plazo razonable o acepte que contactemos al deudor.</translation>
    </message>
    <message>
        <source>they filed for bankruptcy</source>
        <translation>se declaró en bancarrota</translation>
    </message>
    <message>
        <source>The debtor is in bankruptcy. The court&apos;s automatic stay forbids any collection contact; pass the account to a manager.</source>
        <translation>El deudor está en bancarrota. La suspensión automática dictada por el tribunal prohíbe todo contacto de cobro; pase la cuenta a un supervisor.</translation>
    </message>
    <message>
        <source>the debtor has died</source>
        <translation>el deudor falleció</translation>
    </message>
    <message>
        <source>The debtor has died. Don&apos;t discuss the debt with relatives; a manager deals with the executor or administrator of the estate.</source>
        <translation>El deudor falleció. No hable de la deuda con sus familiares; un supervisor trata con el albacea o el administrador de la herencia.</translation>
    </message>
    <message>
        <source>the debt is disputed</source>
        <translation>la deuda está en disputa</translation>
    </message>
    <message>
        <source>The debtor disputed the debt. Stop collecting until the verification has been mailed to them, then close the dispute.</source>
        <translation>El deudor disputó la deuda. Suspenda el cobro hasta que se le haya enviado la verificación por correo y luego cierre la disputa.</translation>
    </message>
    <message>
        <source>they asked us not to call this number</source>
        <translation>pidió que no llamemos a este número</translation>
    </message>
    <message>
        <source>The debtor asked us not to call or text this number. Use another number or write.</source>
        <translation>El deudor pidió que no llamemos ni enviemos mensajes de texto a este número. Use otro número o escríbale por carta.</translation>
    </message>
    <message>
        <source>they opted out of email</source>
        <translation>se dio de baja del correo electrónico</translation>
    </message>
    <message>
        <source>The debtor opted out of email at this address. Call or write instead.</source>
        <translation>El deudor se dio de baja del correo electrónico en esta dirección. En su lugar, llámelo o escríbale por carta.</translation>
    </message>
    <message>
        <source>no phone number on file</source>
        <translation>no hay número de teléfono registrado</translation>
    </message>
    <message>
        <source>There is no current phone number for the debtor. Add one on the Contact tab, or write instead.</source>
        <translation>No hay un número de teléfono vigente del deudor. Agregue uno en la pestaña Contacto o escríbale por carta.</translation>
    </message>
    <message>
        <source>Contact details on file</source>
        <translation>Datos de contacto registrados</translation>
    </message>
    <message>
        <source>no email address on file</source>
        <translation>no hay correo electrónico registrado</translation>
    </message>
    <message>
        <source>There is no current email address for the debtor. Add one on the Contact tab, or call or write instead.</source>
        <translation>No hay una dirección de correo electrónico vigente del deudor. Agregue una en la pestaña Contacto, o llámelo o escríbale por carta.</translation>
    </message>
    <message>
        <source>no calls at their workplace</source>
        <translation>no se permiten llamadas a su trabajo</translation>
    </message>
    <message>
        <source>This is a work number and their employer doesn&apos;t allow these calls. Use a personal number or write instead.</source>
        <translation>Este es un número del trabajo y su empleador no permite estas llamadas. Use un número personal o escríbale por carta.</translation>
    </message>
    <message>
        <source>the debt is too old to sue on</source>
        <translation>la deuda es demasiado antigua para demandar</translation>
    </message>
    <message>
        <source>The time limit to sue on this debt has passed. Use only the time-barred letter versions, and never say or hint that we could take them to court.</source>
        <translation>Ya venció el plazo para demandar por esta deuda. Use solo las versiones de carta para deudas prescritas y nunca diga ni insinúe que podríamos llevar al deudor a juicio.</translation>
    </message>
    <message>
        <source>their time zone is unknown</source>
        <translation>se desconoce su zona horaria</translation>
    </message>
    <message>
        <source>We don&apos;t know the debtor&apos;s time zone, so calls and texts are only allowed while it is 8 am to 9 pm everywhere from Eastern to Pacific time. Add an address or a phone number to widen the window.</source>
        <translation>No conocemos la zona horaria del deudor, así que las llamadas y los mensajes de texto solo se permiten mientras sea entre las 8 a. m. y las 9 p. m. en todas las zonas, desde la hora del Este hasta la del Pacífico. Agregue una dirección o un número de teléfono para ampliar el horario.</translation>
    </message>
    <message>
        <source>we spoke with them less than 7 days ago</source>
        <translation>hablamos con el deudor hace menos de 7 días</translation>
    </message>
    <message>
        <source>We spoke with the debtor by phone about this debt less than 7 days ago. Wait 7 days after a phone conversation before calling again.</source>
        <translation>Hablamos por teléfono con el deudor sobre esta deuda hace menos de 7 días. Espere 7 días después de una conversación telefónica antes de volver a llamar.</translation>
    </message>
    <message>
        <source>already called 7 times in 7 days</source>
        <translation>ya se llamó 7 veces en 7 días</translation>
    </message>
    <message>
        <source>We have already called about this debt 7 times in the last 7 days, the most allowed. Write instead, or wait until the oldest of those calls is 7 days old.</source>
        <translation>Ya llamamos por esta deuda 7 veces en los últimos 7 días, el máximo permitido. Escríbale por carta o espere hasta que la más antigua de esas llamadas tenga 7 días.</translation>
    </message>
    <message>
        <source>already called twice in 7 days (Massachusetts)</source>
        <translation>ya se llamó dos veces en 7 días (Massachusetts)</translation>
    </message>
    <message>
        <source>The debtor lives in Massachusetts, where calls and texts (answered or not) are limited to two in 7 days, and we have reached that.</source>
        <translation>El deudor vive en Massachusetts, donde las llamadas y los mensajes de texto (contestados o no) se limitan a dos en 7 días, y ya llegamos a ese límite.</translation>
    </message>
    <message>
        <source>The debtor&apos;s possible time zones never share an hour between 8 am and 9 pm, so calls and texts can&apos;t be placed. Confirm where they live.</source>
        <translation>Las posibles zonas horarias del deudor nunca coinciden en una misma hora entre las 8 a. m. y las 9 p. m., así que no se pueden hacer llamadas ni enviar mensajes de texto. Confirme dónde vive.</translation>
    </message>
    <message>
        <source>It is {clock} their time. Calls and texts are only allowed from 8 am to 9 pm their time.</source>
        <translation>En la zona del deudor son las {clock}. Las llamadas y los mensajes de texto solo se permiten de 8 a. m. a 9 p. m. en su hora local.</translation>
    </message>
    <message>
        <source>It is {clocks} time where the debtor might be. Calls and texts are only allowed from 8 am to 9 pm in every time zone they might be in.</source>
        <translation>Donde podría estar el deudor, la hora es: {clocks}. Las llamadas y los mensajes de texto solo se permiten de 8 a. m. a 9 p. m. en todas las zonas horarias en las que podría estar.</translation>
    </message>
    <message>
        <source>too early or too late their time</source>
        <translation>demasiado temprano o demasiado tarde en su hora local</translation>
    </message>
    <message>
        <source>No time limit to sue is set for the state “{state}”. Add it in Settings.</source>
        <translation>No hay un plazo de prescripción configurado para el estado “{state}”. Agréguelo en Configuración.</translation>
    </message>
    <message>
        <source>Equifax, Experian and TransUnion medical-debt reporting policy (2022–2023)</source>
        <translation>Política de Equifax, Experian y TransUnion sobre el reporte de deudas médicas (2022–2023)</translation>
    </message>
    <message>
        <source>Credit reporting: allowed</source>
        <translation>Reporte de crédito: se permite</translation>
    </message>
    <message>
        <source>Credit reporting: never — {reasons}</source>
        <translation>Reporte de crédito: nunca — {reasons}</translation>
    </message>
    <message>
        <source>Credit reporting: not before {month} {day}, {year}</source>
        <translation>Reporte de crédito: no antes del {day} de {month} de {year}</translation>
    </message>
    <message>
        <source>The original amount can&apos;t be negative.</source>
        <translation>El importe original no puede ser negativo.</translation>
    </message>
    <message>
        <source>medical debts under $500 are never reported</source>
        <translation>las deudas médicas menores de $500 nunca se reportan</translation>
    </message>
    <message>
        <source>The credit bureaus don&apos;t accept medical debts whose original amount was under $500.</source>
        <translation>Las agencias de crédito no aceptan deudas médicas cuyo importe original fue menor de $500.</translation>
    </message>
    <message>
        <source>wait one year from the first missed payment</source>
        <translation>hay que esperar un año desde el primer pago no realizado</translation>
    </message>
    <message>
        <source>Medical debt can be reported only once a full year has passed since it first became delinquent.</source>
        <translation>Una deuda médica solo puede reportarse cuando haya pasado un año completo desde que entró en mora.</translation>
    </message>
    <message>
        <source>“{channel}” is not a way to contact someone: use call, sms, email or letter.</source>
        <translation>“{channel}” no es una forma de contactar a alguien: use call, sms, email o letter.</translation>
    </message>
    <message>
        <source>A contact time must include its time zone.</source>
        <translation>Una hora de contacto debe incluir su zona horaria.</translation>
    </message>
</context>
<context>
    <name>ContactSection</name>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>No longer valid</source>
        <translation>Ya no es válido</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>“{text}” no es un número de teléfono.</translation>
    </message>
    <message>
        <source>“{text}” is not a valid phone number.</source>
        <translation>“{text}” no es un número de teléfono válido.</translation>
    </message>
    <message>
        <source>There is no debtor with id {id}.</source>
        <translation>No hay ningún deudor con el id {id}.</translation>
    </message>
    <message>
        <source>The contact being replaced no longer exists.</source>
        <translation>El contacto que se está reemplazando ya no existe.</translation>
    </message>
    <message>
        <source>Enter the street address.</source>
        <translation>Escriba la dirección (calle y número).</translation>
    </message>
    <message>
        <source>Enter the city.</source>
        <translation>Escriba la ciudad.</translation>
    </message>
    <message>
        <source>“{state}” is not a US state code such as NY.</source>
        <translation>“{state}” no es un código de estado de EE. UU., como NY.</translation>
    </message>
    <message>
        <source>“{zip}” is not a ZIP code such as 12345.</source>
        <translation>“{zip}” no es un código postal, como 12345.</translation>
    </message>
    <message>
        <source>“{address}” is not an email address.</source>
        <translation>“{address}” no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Unknown kind of contact: {kind}.</source>
        <translation>Tipo de contacto desconocido: {kind}.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>CollectorPro ran into an unexpected problem and did not finish what it was doing. Your saved work is safe.

Details were written to the log file in {folder}.</source>
        <translation>CollectorPro tuvo un problema inesperado y no terminó lo que estaba haciendo. Su trabajo guardado está a salvo.

Los detalles se escribieron en el archivo de registro en {folder}.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Working out this week&apos;s figures…</source>
        <translation>Calculando las cifras de esta semana…</translation>
    </message>
    <message>
        <source>Dashboard — {period}</source>
        <translation>Panel — {period}</translation>
    </message>
    <message>
        <source>The weekly summary report prints the same figures.</source>
        <translation>El informe de resumen semanal imprime las mismas cifras.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Cease communication</source>
        <translation>Cese de comunicaciones</translation>
    </message>
    <message>
        <source>Attorney represented</source>
        <translation>Representado por abogado</translation>
    </message>
    <message>
        <source>Bankruptcy</source>
        <translation>Bancarrota</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <source>Insurance pending</source>
        <translation>Seguro pendiente</translation>
    </message>
    <message>
        <source>Select an account to see its history and ledger.</source>
        <translation>Seleccione una cuenta para ver su historial y sus movimientos.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>No llamar</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Servicios públicos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Le&amp;dger</source>
        <translation>&amp;Movimientos</translation>
    </message>
    <message>
        <source>Pla&amp;n</source>
        <translation>Pla&amp;n</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <source>&amp;Promises</source>
        <translation>&amp;Promesas</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>Doc&amp;umentos</translation>
    </message>
    <message>
        <source>D&amp;isputes</source>
        <translation>D&amp;isputas</translation>
    </message>
    <message>
        <source>{number} · {creditor} · {service}</source>
        <translation>{number} · {creditor} · {service}</translation>
    </message>
    <message>
        <source>{days} days past due · {bucket}</source>
        <translation>{days} días de atraso · {bucket}</translation>
    </message>
    <message>
        <source>{entry} (reversed)</source>
        <translation>{entry} (anulado)</translation>
    </message>
    <message>
        <source>Receipt {n}</source>
        <translation>Recibo {n}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>DisputeActions</name>
    <message>
        <source>&amp;Disputes…</source>
        <translation>&amp;Disputas…</translation>
    </message>
</context>
<context>
    <name>DisputeDescription</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <source>Received {date}: {what}</source>
        <translation>Recibida el {date}: {what}</translation>
    </message>
</context>
<context>
    <name>DisputeTables</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Whole balance</source>
        <translation>Todo el saldo</translation>
    </message>
</context>
<context>
    <name>Disputes</name>
    <message>
        <source>Say what the debtor disputes.</source>
        <translation>Indique qué disputa el deudor.</translation>
    </message>
    <message>
        <source>The description is limited to {count} characters.</source>
        <translation>La descripción admite como máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>Choose how the dispute was received.</source>
        <translation>Elija cómo se recibió la disputa.</translation>
    </message>
    <message>
        <source>A dispute cannot be received in the future.</source>
        <translation>La fecha de recepción de una disputa no puede ser futura.</translation>
    </message>
    <message>
        <source>The disputed amount must be more than zero.</source>
        <translation>El importe en disputa debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>This account already has an open dispute.</source>
        <translation>Esta cuenta ya tiene una disputa abierta.</translation>
    </message>
    <message>
        <source>An account that is {status} cannot be put on dispute hold. Reopen it first.</source>
        <translation>Una cuenta en estado {status} no se puede poner en espera por disputa. Reábrala primero.</translation>
    </message>
    <message>
        <source>The disputed amount is more than the balance of {balance}.</source>
        <translation>El importe en disputa supera el saldo de {balance}.</translation>
    </message>
    <message>
        <source>There is no dispute {id}.</source>
        <translation>No existe la disputa {id}.</translation>
    </message>
    <message>
        <source>The verification cannot be sent in the future.</source>
        <translation>La fecha de envío de la verificación no puede ser futura.</translation>
    </message>
    <message>
        <source>This dispute is {status}; only an open dispute waits for verification.</source>
        <translation>Esta disputa está {status}; solo una disputa abierta queda a la espera de verificación.</translation>
    </message>
    <message>
        <source>The verification cannot be sent before the dispute was received.</source>
        <translation>La verificación no puede enviarse antes de la fecha en que se recibió la disputa.</translation>
    </message>
    <message>
        <source>Say how the dispute ended.</source>
        <translation>Indique cómo terminó la disputa.</translation>
    </message>
    <message>
        <source>The outcome is too long.</source>
        <translation>El resultado es demasiado largo.</translation>
    </message>
    <message>
        <source>This dispute is already {status}.</source>
        <translation>Esta disputa ya está {status}.</translation>
    </message>
    <message>
        <source>Mail the verification before resolving the dispute; the debtor may also withdraw it.</source>
        <translation>Envíe la verificación por correo antes de resolver la disputa; el deudor también puede retirarla.</translation>
    </message>
</context>
<context>
    <name>DisputesWindow</name>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Días abierta</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Por escrito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrada por</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Disputas</translation>
    </message>
    <message>
        <source>Open and verification sent</source>
        <translation>Abiertas y con verificación enviada</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Verification sent…</source>
        <translation>&amp;Verificación enviada…</translation>
    </message>
    <message>
        <source>&amp;Resolve or withdraw…</source>
        <translation>&amp;Resolver o retirar…</translation>
    </message>
    <message>
        <source>&amp;Go to account</source>
        <translation>&amp;Ir a la cuenta</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{count} dispute(s)</source>
        <translation>{count} disputa(s)</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <source>CollectorPro may not write to that folder. Choose another folder.</source>
        <translation>CollectorPro no tiene permiso para escribir en esa carpeta. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space or choose another drive.</source>
        <translation>El disco está lleno. Libere espacio o elija otra unidad.</translation>
    </message>
    <message>
        <source>That folder does not exist any more. Choose another folder.</source>
        <translation>Esa carpeta ya no existe. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The document could not be saved: {reason}.</source>
        <translation>No se pudo guardar el documento: {reason}.</translation>
    </message>
    <message>
        <source>This document could not be shown.</source>
        <translation>No se puede mostrar este documento.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>Enviar por &amp;correo electrónico…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and try again.</source>
        <translation>No se pudo iniciar la impresora. Compruebe que esté encendida e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>Guardar documento</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>&amp;Abrir documento</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>No letters or documents have been sent on this account.</source>
        <translation>No se han enviado cartas ni documentos en esta cuenta.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo postal</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Change email</source>
        <translation>Cambiar correo electrónico</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Agregar correo electrónico</translation>
    </message>
    <message>
        <source>Opted out of email</source>
        <translation>Dado de baja del correo electrónico</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>EmailSettingsDialog</name>
    <message>
        <source>Email settings</source>
        <translation>Configuración de correo electrónico</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente puerto 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (normalmente puerto 465)</translation>
    </message>
    <message>
        <source>None: not encrypted (not recommended)</source>
        <translation>Ninguna: sin cifrar (no recomendado)</translation>
    </message>
    <message>
        <source>Saved; type a new one to change it</source>
        <translation>Guardada; escriba una nueva para cambiarla</translation>
    </message>
    <message>
        <source>This computer has no password store CollectorPro can use: the password is asked for once each time CollectorPro is started.</source>
        <translation>Este equipo no tiene un almacén de contraseñas que CollectorPro pueda usar: la contraseña se pedirá una vez cada vez que se inicie CollectorPro.</translation>
    </message>
    <message>
        <source>Mail &amp;server</source>
        <translation>&amp;Servidor de correo</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>Se&amp;guridad</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>&amp;Puerto</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Send &amp;from (address)</source>
        <translation>&amp;Enviar desde (dirección)</translation>
    </message>
    <message>
        <source>Sender &amp;name</source>
        <translation>&amp;Nombre del remitente</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Contraseña no guardada</translation>
    </message>
    <message>
        <source>This computer has no password store CollectorPro can use, so the password is not saved. CollectorPro will ask for it once each time it is started, when the first email goes out.</source>
        <translation>Este equipo no tiene un almacén de contraseñas que CollectorPro pueda usar, por lo que la contraseña no se guarda. CollectorPro se la pedirá una vez cada vez que se inicie, cuando se envíe el primer correo electrónico.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Elija el archivo</translation>
    </message>
    <message>
        <source>A CSV or Excel export from the billing system, the bank or the lockbox.</source>
        <translation>Un archivo CSV o Excel exportado del sistema de facturación, del banco o del servicio de recaudación (lockbox).</translation>
    </message>
    <message>
        <source>&amp;Accounts from the billing system</source>
        <translation>&amp;Cuentas del sistema de facturación</translation>
    </message>
    <message>
        <source>&amp;Payments from the bank or lockbox</source>
        <translation>&amp;Pagos del banco o del servicio de recaudación</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file…</source>
        <translation>Elija un archivo CSV o Excel…</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Hoja</translation>
    </message>
    <message>
        <source>Saved p&amp;rofile</source>
        <translation>Pe&amp;rfil guardado</translation>
    </message>
    <message>
        <source>Choose the creditor or type a new one</source>
        <translation>Elija el acreedor o escriba uno nuevo</translation>
    </message>
    <message>
        <source>&amp;Creditor</source>
        <translation>Acree&amp;dor</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Servicios públicos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>New creditor&apos;s &amp;kind of service</source>
        <translation>&amp;Tipo de servicio del nuevo acreedor</translation>
    </message>
    <message>
        <source>No saved profile</source>
        <translation>Sin perfil guardado</translation>
    </message>
    <message>
        <source>The saved profile “{name}” does not fit this file ({why}); the file was read as found.</source>
        <translation>El perfil guardado “{name}” no corresponde a este archivo ({why}); el archivo se leyó tal como está.</translation>
    </message>
    <message>
        <source>Excel workbook, sheet {sheet}</source>
        <translation>Libro de Excel, hoja {sheet}</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulaciones</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>barras verticales</translation>
    </message>
    <message>
        <source>{encoding} text</source>
        <translation>texto {encoding}</translation>
    </message>
    <message>
        <source>separated by {separator}</source>
        <translation>separado por {separator}</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} filas</translation>
    </message>
    <message>
        <source>first row holds the column names</source>
        <translation>la primera fila contiene los nombres de las columnas</translation>
    </message>
    <message>
        <source>no row of column names (the columns are numbered)</source>
        <translation>sin fila de nombres de columna (las columnas están numeradas)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, account, phone or email  (Ctrl+F)</source>
        <translation>Buscar nombre, cuenta, teléfono o correo electrónico  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Todas las antigüedades</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Servicios públicos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Quitar la búsqueda y todos los filtros</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import, and then all at once: a cancelled import changes nothing.</source>
        <translation>No se guarda nada hasta que pulse Importar, y entonces todo a la vez: una importación cancelada no cambia nada.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Leave empty not to save them</source>
        <translation>Déjelo vacío para no guardar la configuración</translation>
    </message>
    <message>
        <source>Save these settings as a profile &amp;named</source>
        <translation>Guardar esta configuración como un perfil &amp;llamado</translation>
    </message>
    <message>
        <source>&amp;Stop the import</source>
        <translation>&amp;Detener la importación</translation>
    </message>
    <message>
        <source>1 account from {file} will be placed for {creditor}.</source>
        <translation>Se asignará 1 cuenta de {file} para cobrar en nombre de {creditor}.</translation>
    </message>
    <message>
        <source>{n} accounts from {file} will be placed for {creditor}.</source>
        <translation>Se asignarán {n} cuentas de {file} para cobrar en nombre de {creditor}.</translation>
    </message>
    <message>
        <source>{creditor} is new: it will be added as a creditor ({service}).</source>
        <translation>{creditor} es nuevo: se agregará como acreedor ({service}).</translation>
    </message>
    <message>
        <source>Accounts already on file will be updated: a new balance is posted as an adjustment and new contact details are added.</source>
        <translation>Las cuentas que ya existen se actualizarán: un saldo nuevo se registra como ajuste y se agregan los nuevos datos de contacto.</translation>
    </message>
    <message>
        <source>Accounts already on file will be left as they are.</source>
        <translation>Las cuentas que ya existen se dejarán como están.</translation>
    </message>
    <message>
        <source>1 payment from {file} will be matched to its account by account number.</source>
        <translation>1 pago de {file} se asociará a su cuenta por el número de cuenta.</translation>
    </message>
    <message>
        <source>{n} payments from {file} will be matched to accounts by account number.</source>
        <translation>{n} pagos de {file} se asociarán a sus cuentas por el número de cuenta.</translation>
    </message>
    <message>
        <source>Each payment matched is posted with a receipt; those that cannot be matched are listed for you to post by hand.</source>
        <translation>Cada pago asociado se registra con un recibo; los que no se puedan asociar se muestran en una lista para que usted los registre a mano.</translation>
    </message>
    <message>
        <source>1 row with problems will go to {rejects}, to fix and import again.</source>
        <translation>1 fila con problemas irá a {rejects}, para corregirla e importarla de nuevo.</translation>
    </message>
    <message>
        <source>{n} rows with problems will go to {rejects}, to fix and import again.</source>
        <translation>{n} filas con problemas irán a {rejects}, para corregirlas e importarlas de nuevo.</translation>
    </message>
    <message>
        <source>The saved profile will be updated.</source>
        <translation>Se actualizará el perfil guardado.</translation>
    </message>
    <message>
        <source>A profile with this name already exists; it will be replaced.</source>
        <translation>Ya existe un perfil con este nombre; se reemplazará.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>La importación se canceló; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Enter the office&apos;s name; it heads every letter and receipt.</source>
        <translation>Escriba el nombre de la oficina; aparece en el encabezado de cada carta y recibo.</translation>
    </message>
    <message>
        <source>Enter your name; CollectorPro records your work under it.</source>
        <translation>Escriba su nombre; CollectorPro registra su trabajo con ese nombre.</translation>
    </message>
    <message>
        <source>Use at most {limit} characters for your name.</source>
        <translation>Use como máximo {limit} caracteres para su nombre.</translation>
    </message>
    <message>
        <source>{problem} Use the office&apos;s number, like (518) 555-0199.</source>
        <translation>{problem} Use el número de la oficina, por ejemplo (518) 555-0199.</translation>
    </message>
    <message>
        <source>“{email}” is not an email address, like office@example.com.</source>
        <translation>“{email}” no es una dirección de correo electrónico, como office@example.com.</translation>
    </message>
    <message>
        <source>“{state}” is not a US state code such as NY.</source>
        <translation>“{state}” no es un código de estado de EE. UU., como NY.</translation>
    </message>
    <message>
        <source>There is no file at {path}. Choose the logo again.</source>
        <translation>No hay ningún archivo en {path}. Vuelva a elegir el logotipo.</translation>
    </message>
    <message>
        <source>{path} already exists. CollectorPro will not set up a new office over it.</source>
        <translation>{path} ya existe. CollectorPro no creará una oficina nueva encima de ese archivo.</translation>
    </message>
    <message>
        <source>{problem} The unfinished file {path} could not be removed ({reason}); delete it before trying again.</source>
        <translation>{problem} No se pudo eliminar el archivo incompleto {path} ({reason}); elimínelo antes de volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Set follow-up</source>
        <translation>Programar seguimiento</translation>
    </message>
    <message>
        <source>e.g. Call back after payday</source>
        <translation>p. ej., Volver a llamar después del día de pago</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Follow up on {date}</source>
        <translation>Seguimiento el {date}</translation>
    </message>
</context>
<context>
    <name>GuardRefresher</name>
    <message>
        <source>CollectorPro ran into a problem checking the rules.</source>
        <translation>CollectorPro tuvo un problema al comprobar las reglas.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>CollectorPro guide</source>
        <translation>Guía de CollectorPro</translation>
    </message>
    <message>
        <source>The guide could not be found in {path}.</source>
        <translation>No se encontró la guía en {path}.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Debtor name</source>
        <translation>Nombre del deudor</translation>
    </message>
    <message>
        <source>the whole name in one column</source>
        <translation>el nombre completo en una sola columna</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>with Last name, instead of Debtor name</source>
        <translation>con Apellido, en lugar de Nombre del deudor</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>with First name, instead of Debtor name</source>
        <translation>con Nombre, en lugar de Nombre del deudor</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Dirección, línea 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Dirección, línea 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Service date</source>
        <translation>Fecha del servicio</translation>
    </message>
    <message>
        <source>DOS</source>
        <translation>DOS</translation>
    </message>
    <message>
        <source>First delinquency date</source>
        <translation>Fecha del primer atraso</translation>
    </message>
    <message>
        <source>Last payment date</source>
        <translation>Fecha del último pago</translation>
    </message>
    <message>
        <source>Itemization date</source>
        <translation>Fecha de desglose</translation>
    </message>
    <message>
        <source>Service description</source>
        <translation>Descripción del servicio</translation>
    </message>
    <message>
        <source>kept; never on letters</source>
        <translation>se guarda; nunca aparece en las cartas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>Fecha de pago</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Payer name</source>
        <translation>Nombre del pagador</translation>
    </message>
    <message>
        <source>Debtor name (or First name and Last name)</source>
        <translation>Nombre del deudor (o Nombre y Apellido)</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>columna {number}</translation>
    </message>
    <message>
        <source>The saved import profile is damaged and cannot be read.</source>
        <translation>El perfil de importación guardado está dañado y no se puede leer.</translation>
    </message>
    <message>
        <source>The saved import profile was made by another CollectorPro version.</source>
        <translation>El perfil de importación guardado se creó con otra versión de CollectorPro.</translation>
    </message>
    <message>
        <source>The saved import profile has no column mapping.</source>
        <translation>El perfil de importación guardado no tiene correspondencia de columnas.</translation>
    </message>
    <message>
        <source>The saved import profile is damaged ({key}).</source>
        <translation>El perfil de importación guardado está dañado ({key}).</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>The import profile “{name}” is for an unknown kind of file.</source>
        <translation>El perfil de importación “{name}” es para un tipo de archivo desconocido.</translation>
    </message>
    <message>
        <source>The import profile “{name}” maps an unknown field ({key}).</source>
        <translation>El perfil de importación “{name}” asigna un campo desconocido ({key}).</translation>
    </message>
    <message>
        <source>The import profile “{name}” is damaged ({key}).</source>
        <translation>El perfil de importación “{name}” está dañado ({key}).</translation>
    </message>
    <message>
        <source>The import profile “{name}” uses one column for two fields.</source>
        <translation>El perfil de importación “{name}” usa una misma columna para dos campos.</translation>
    </message>
    <message>
        <source>The import profile “{name}” has an unknown date order.</source>
        <translation>El perfil de importación “{name}” tiene un orden de fecha desconocido.</translation>
    </message>
    <message>
        <source>The import profile “{name}” has an unusable column separator.</source>
        <translation>El perfil de importación “{name}” tiene un separador de columnas que no se puede usar.</translation>
    </message>
</context>
<context>
    <name>ImportParsers</name>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>not an amount: more than one minus sign</source>
        <translation>no es un importe: tiene más de un signo menos</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>no es un importe</translation>
    </message>
    <message>
        <source>more than two decimal places</source>
        <translation>más de dos decimales</translation>
    </message>
    <message>
        <source>amount too large</source>
        <translation>importe demasiado grande</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>a time, not a date</source>
        <translation>es una hora, no una fecha</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>no es una fecha</translation>
    </message>
    <message>
        <source>“{name}” is not a month</source>
        <translation>“{name}” no es un mes</translation>
    </message>
    <message>
        <source>the year {year} is out of range</source>
        <translation>el año {year} está fuera del rango admitido</translation>
    </message>
    <message>
        <source>there is no month {month}</source>
        <translation>no existe el mes {month}</translation>
    </message>
    <message>
        <source>February 29 does not exist in {year}</source>
        <translation>el 29 de febrero no existe en {year}</translation>
    </message>
    <message>
        <source>the day {day} does not exist in {month}</source>
        <translation>el día {day} no existe en {month}</translation>
    </message>
    <message>
        <source>Excel day 60 is 29 February 1900, which does not exist</source>
        <translation>el día 60 de Excel es el 29 de febrero de 1900, que no existe</translation>
    </message>
    <message>
        <source>not a date: the number is outside Excel&apos;s dates</source>
        <translation>no es una fecha: el número está fuera del rango de fechas de Excel</translation>
    </message>
    <message>
        <source>not a name: a comma with nothing beside it</source>
        <translation>no es un nombre: hay una coma sin nada al lado</translation>
    </message>
    <message>
        <source>not a name: too many commas</source>
        <translation>no es un nombre: demasiadas comas</translation>
    </message>
    <message>
        <source>not a name: no last name</source>
        <translation>no es un nombre: falta el apellido</translation>
    </message>
    <message>
        <source>not a name: it has a comma</source>
        <translation>no es un nombre: contiene una coma</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>más de {limit} caracteres</translation>
    </message>
    <message>
        <source>not a name</source>
        <translation>no es un nombre</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>un carácter de control</translation>
    </message>
    <message>
        <source>a name does not contain {characters}</source>
        <translation>un nombre no puede contener {characters}</translation>
    </message>
    <message>
        <source>not a US state</source>
        <translation>no es un estado de EE. UU.</translation>
    </message>
    <message>
        <source>not a ZIP code</source>
        <translation>no es un código postal</translation>
    </message>
    <message>
        <source>a ZIP code has 5 digits, not {count}</source>
        <translation>un código postal tiene 5 dígitos, no {count}</translation>
    </message>
    <message>
        <source>a ZIP code has 5 or 9 digits, not {count}</source>
        <translation>un código postal tiene 5 o 9 dígitos, no {count}</translation>
    </message>
    <message>
        <source>00000 is not a ZIP code</source>
        <translation>00000 no es un código postal</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>no es un número de teléfono</translation>
    </message>
    <message>
        <source>not a phone number: too long</source>
        <translation>no es un número de teléfono: demasiado largo</translation>
    </message>
    <message>
        <source>not a valid phone number</source>
        <translation>no es un número de teléfono válido</translation>
    </message>
    <message>
        <source>an email address has no spaces</source>
        <translation>una dirección de correo electrónico no lleva espacios</translation>
    </message>
    <message>
        <source>an email address has one @</source>
        <translation>una dirección de correo electrónico lleva una sola @</translation>
    </message>
    <message>
        <source>too long for an email address</source>
        <translation>demasiado largo para una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>not an email domain</source>
        <translation>no es un dominio de correo electrónico</translation>
    </message>
    <message>
        <source>not a language CollectorPro writes letters in (English or Spanish)</source>
        <translation>no es un idioma en el que CollectorPro escriba cartas (inglés o español)</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>contiene un carácter de control</translation>
    </message>
</context>
<context>
    <name>ImportProfiles</name>
    <message>
        <source>There is no import profile “{name}”.</source>
        <translation>No existe el perfil de importación “{name}”.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Asigne un nombre al perfil.</translation>
    </message>
</context>
<context>
    <name>ImportRecords</name>
    <message>
        <source>{column}: {reason}</source>
        <translation>{column}: {reason}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is below zero</source>
        <translation>es menor que cero</translation>
    </message>
    <message>
        <source>is not a payment method (cash, check, card, ACH, money order)</source>
        <translation>no es un método de pago (efectivo, cheque, tarjeta, ACH, giro postal)</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>debe ser mayor que cero</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>La importación se canceló; no se cambió nada.</translation>
    </message>
    <message>
        <source>Dry run: {posted} payments posted, {unmatched} to resolve by hand, {rejected} rejected.</source>
        <translation>Prueba (sin guardar): {posted} pagos registrados, {unmatched} por resolver a mano, {rejected} rechazados.</translation>
    </message>
    <message>
        <source>{posted} payments posted, {unmatched} to resolve by hand, {rejected} rejected.</source>
        <translation>{posted} pagos registrados, {unmatched} por resolver a mano, {rejected} rechazados.</translation>
    </message>
    <message>
        <source>Dry run: {created} created, {updated} updated, {unchanged} unchanged, {skipped} skipped, {rejected} rejected.</source>
        <translation>Prueba (sin guardar): {created} creadas, {updated} actualizadas, {unchanged} sin cambios, {skipped} omitidas, {rejected} rechazadas.</translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {unchanged} unchanged, {skipped} skipped, {rejected} rejected.</source>
        <translation>{created} creadas, {updated} actualizadas, {unchanged} sin cambios, {skipped} omitidas, {rejected} rechazadas.</translation>
    </message>
    <message>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>Choose the creditor these accounts belong to.</source>
        <translation>Elija el acreedor al que pertenecen estas cuentas.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>no account {number}</source>
        <translation>no existe la cuenta {number}</translation>
    </message>
    <message>
        <source>account {number} exists for more than one creditor</source>
        <translation>la cuenta {number} existe para más de un acreedor</translation>
    </message>
    <message>
        <source>the payer “{payer}” does not match the debtor “{debtor}”</source>
        <translation>el pagador “{payer}” no coincide con el deudor “{debtor}”</translation>
    </message>
    <message>
        <source>the payment date is in the future</source>
        <translation>la fecha de pago es futura</translation>
    </message>
    <message>
        <source>No column is chosen for: {fields}.</source>
        <translation>No se ha elegido ninguna columna para: {fields}.</translation>
    </message>
    <message>
        <source>{name} could not be read again: {reason}.</source>
        <translation>No se pudo volver a leer {name}: {reason}.</translation>
    </message>
    <message>
        <source>The rejects file cannot be written in {folder}: {reason}.</source>
        <translation>No se puede escribir el archivo de rechazos en {folder}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ImportSources</name>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} está vacío.</translation>
    </message>
    <message>
        <source>“{separator}” cannot be used as the column separator.</source>
        <translation>“{separator}” no se puede usar como separador de columnas.</translation>
    </message>
    <message>
        <source>{name} was not found. It may have been moved or renamed.</source>
        <translation>No se encontró {name}. Es posible que se haya movido o cambiado de nombre.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>{name} could not be opened: it is open in another program or you may not read it. Close it (for example in Excel) and try again.</source>
        <translation>No se pudo abrir {name}: está abierto en otro programa o usted no tiene permiso para leerlo. Ciérrelo (por ejemplo, en Excel) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <translation>No se pudo leer {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is an old Excel 97–2003 workbook. Open it in Excel and save it as “Excel Workbook (.xlsx)” or as CSV, then import that file.</source>
        <translation>{name} es un libro antiguo de Excel 97–2003. Ábralo en Excel y guárdelo como “Excel Workbook (.xlsx)” (Libro de Excel) o como CSV; luego importe ese archivo.</translation>
    </message>
    <message>
        <source>{name} is password-protected (or an old Excel 97–2003 workbook). Open it in Excel, remove the password and save it as “Excel Workbook (.xlsx)”, then try again.</source>
        <translation>{name} está protegido con contraseña (o es un libro antiguo de Excel 97–2003). Ábralo en Excel, quite la contraseña y guárdelo como “Excel Workbook (.xlsx)” (Libro de Excel); luego inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{name} is a PDF document, not a CSV or Excel file. Ask the billing system for an export as CSV or Excel.</source>
        <translation>{name} es un documento PDF, no un archivo CSV ni de Excel. Pida una exportación en CSV o Excel desde el sistema de facturación.</translation>
    </message>
    <message>
        <source>{name} is a web page or XML file, not a CSV or Excel file. Open it in Excel and save it as “Excel Workbook (.xlsx)” or as CSV, then import that file.</source>
        <translation>{name} es una página web o un archivo XML, no un archivo CSV ni de Excel. Ábralo en Excel y guárdelo como “Excel Workbook (.xlsx)” (Libro de Excel) o como CSV; luego importe ese archivo.</translation>
    </message>
    <message>
        <source>{name} is not a CSV or Excel file (it contains binary data). Export the accounts again from the billing system as CSV or Excel.</source>
        <translation>{name} no es un archivo CSV ni de Excel (contiene datos binarios). Exporte de nuevo las cuentas desde el sistema de facturación en CSV o Excel.</translation>
    </message>
    <message>
        <source>“{encoding}” is not a text encoding.</source>
        <translation>“{encoding}” no es una codificación de texto.</translation>
    </message>
    <message>
        <source>{name} has no rows: every line is blank.</source>
        <translation>{name} no tiene filas: todas las líneas están en blanco.</translation>
    </message>
    <message>
        <source>{name} says it is UTF-8 text but contains bytes that are not. Export it again from the billing system.</source>
        <translation>{name} indica que es texto UTF-8, pero contiene bytes que no lo son. Expórtelo de nuevo desde el sistema de facturación.</translation>
    </message>
    <message>
        <source>Line {line} of {name} has a field longer than {limit} characters; perhaps a quote mark is missing.</source>
        <translation>La línea {line} de {name} tiene un campo de más de {limit} caracteres; quizá falte una comilla.</translation>
    </message>
    <message>
        <source>Line {line} of {name} could not be read as CSV ({reason}).</source>
        <translation>La línea {line} de {name} no se pudo leer como CSV ({reason}).</translation>
    </message>
    <message>
        <source>{name} changed while it was read or mixes text encodings near line {line}. Export it again and try once more.</source>
        <translation>{name} cambió mientras se leía o mezcla codificaciones de texto cerca de la línea {line}. Expórtelo de nuevo e inténtelo otra vez.</translation>
    </message>
    <message>
        <source>Line {line} of {name} is longer than {limit} characters; it is not a CSV export.</source>
        <translation>La línea {line} de {name} tiene más de {limit} caracteres; no es una exportación CSV.</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive, not an Excel workbook. Unzip it and import the CSV or Excel file inside.</source>
        <translation>{name} es un archivo ZIP, no un libro de Excel. Descomprímalo e importe el archivo CSV o de Excel que contiene.</translation>
    </message>
    <message>
        <source>{name} has no sheets with rows.</source>
        <translation>{name} no tiene hojas con filas.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{name} has no sheet named “{sheet}” (its sheets: {sheets}).</source>
        <translation>{name} no tiene ninguna hoja llamada “{sheet}” (sus hojas: {sheets}).</translation>
    </message>
    <message>
        <source>{name} is damaged or is not a real Excel workbook. Open it in Excel, save it again as “Excel Workbook (.xlsx)” and try once more.</source>
        <translation>{name} está dañado o no es un libro de Excel válido. Ábralo en Excel, guárdelo de nuevo como “Excel Workbook (.xlsx)” (Libro de Excel) e inténtelo otra vez.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” in {name} is empty.</source>
        <translation>La hoja “{sheet}” de {name} está vacía.</translation>
    </message>
    <message>
        <source>has {count} cells, expected {width}</source>
        <translation>tiene {count} celdas; se esperaban {width}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import accounts or payments</source>
        <translation>Importar cuentas o pagos</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elija el archivo que desea importar</translation>
    </message>
    <message>
        <source>CSV or Excel files (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Archivos CSV o Excel (*.csv *.txt *.tsv *.xlsx);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Interactions</name>
    <message>
        <source>A promise needs both an amount and a due date.</source>
        <translation>Una promesa de pago necesita un importe y una fecha de vencimiento.</translation>
    </message>
    <message>
        <source>The promised amount must be more than zero.</source>
        <translation>El importe prometido debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The promise&apos;s due date cannot be in the past.</source>
        <translation>La fecha de vencimiento de la promesa de pago no puede estar en el pasado.</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>Vence promesa de pago</translation>
    </message>
    <message>
        <source>Installment due</source>
        <translation>Vence cuota</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Notes are limited to {count} characters.</source>
        <translation>Las notas admiten como máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>The call length is not plausible.</source>
        <translation>La duración de la llamada no es verosímil.</translation>
    </message>
    <message>
        <source>The follow-up date cannot be in the past.</source>
        <translation>La fecha de seguimiento no puede estar en el pasado.</translation>
    </message>
    <message>
        <source>The time of the contact needs a time zone.</source>
        <translation>La hora del contacto debe incluir una zona horaria.</translation>
    </message>
    <message>
        <source>A contact cannot be logged in the future.</source>
        <translation>No se puede registrar un contacto con fecha futura.</translation>
    </message>
    <message>
        <source>This {channel} may not be made now: {reasons}</source>
        <translation>No se puede realizar ahora este contacto ({channel}): {reasons}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Vía legal</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Liquidada</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Dada de baja</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Servicios públicos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Cargo por servicio</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Anulación</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Outbound call</source>
        <translation>Llamada saliente</translation>
    </message>
    <message>
        <source>Inbound call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Right-party contact</source>
        <translation>Contacto con el titular</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Left message</source>
        <translation>Dejó mensaje</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tercero</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Promesa de pago</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Se negó</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <source>Payment taken</source>
        <translation>Pago recibido</translation>
    </message>
    <message>
        <source>Callback requested</source>
        <translation>Pidió que le devuelvan la llamada</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Incumplida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Payment in full</source>
        <translation>Pago total</translation>
    </message>
    <message>
        <source>Payment in full agreement</source>
        <translation>Acuerdo de pago total</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Liquidación</translation>
    </message>
    <message>
        <source>Settlement agreement</source>
        <translation>Acuerdo de liquidación</translation>
    </message>
    <message>
        <source>Installment plan</source>
        <translation>Plan de cuotas</translation>
    </message>
    <message>
        <source>Payment plan agreement</source>
        <translation>Acuerdo de plan de pagos</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Por pagar</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No pagada</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Bank transfer (ACH)</source>
        <translation>Transferencia bancaria (ACH)</translation>
    </message>
    <message>
        <source>Money order</source>
        <translation>Giro postal</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Verification sent</source>
        <translation>Verificación enviada</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Al corriente</translation>
    </message>
    <message>
        <source>1-30 days</source>
        <translation>1-30 días</translation>
    </message>
    <message>
        <source>31-60 days</source>
        <translation>31-60 días</translation>
    </message>
    <message>
        <source>61-90 days</source>
        <translation>61-90 días</translation>
    </message>
    <message>
        <source>91-120 days</source>
        <translation>91-120 días</translation>
    </message>
    <message>
        <source>121-180 days</source>
        <translation>121-180 días</translation>
    </message>
    <message>
        <source>180+ days</source>
        <translation>180+ días</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Twice a month (1st and 15th)</source>
        <translation>Dos veces al mes (días 1 y 15)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>As on this computer ({language})</source>
        <translation>Igual que en este equipo ({language})</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The window opens again in the language you choose. Letters keep following each debtor&apos;s preferred language.</source>
        <translation>La ventana se vuelve a abrir en el idioma que elija. Las cartas siguen usando el idioma preferido de cada deudor.</translation>
    </message>
</context>
<context>
    <name>LedgerEntryDialog</name>
    <message>
        <source>Post charge or adjustment</source>
        <translation>Registrar cargo o ajuste</translation>
    </message>
    <message>
        <source>An adjustment below zero (e.g. -25.00) lowers the balance.</source>
        <translation>Un ajuste menor que cero (p. ej., -25.00) reduce el saldo.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Fecha efectiva</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <source>Send &amp;letter…</source>
        <translation>Enviar &amp;carta…</translation>
    </message>
    <message>
        <source>&amp;Batch letters…</source>
        <translation>Cartas en &amp;lote…</translation>
    </message>
    <message>
        <source>Print envelope &amp;calibration page…</source>
        <translation>Imprimir página de ca&amp;libración del sobre…</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
    <message>
        <source>The database could not be used</source>
        <translation>No se pudo usar la base de datos</translation>
    </message>
    <message>
        <source>This letter</source>
        <translation>Esta carta</translation>
    </message>
    <message>
        <source>This email</source>
        <translation>Este correo electrónico</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>Correo electrónico enviado</translation>
    </message>
    <message>
        <source>The email was sent and logged.</source>
        <translation>El correo electrónico se envió y se registró.</translation>
    </message>
    <message>
        <source>Email is not set up</source>
        <translation>El correo electrónico no está configurado</translation>
    </message>
    <message>
        <source>Enter your office&apos;s mail server in Office → Settings → Email first.</source>
        <translation>Primero indique el servidor de correo de su oficina en Oficina → Configuración → Correo electrónico.</translation>
    </message>
    <message>
        <source>Archived document</source>
        <translation>Documento archivado</translation>
    </message>
    <message>
        <source>Envelope calibration page</source>
        <translation>Página de calibración del sobre</translation>
    </message>
</context>
<context>
    <name>LetterBatch</name>
    <message>
        <source>Give the rule a name.</source>
        <translation>Asigne un nombre a la regla.</translation>
    </message>
    <message>
        <source>Choose the letter the rule sends.</source>
        <translation>Elija la carta que envía la regla.</translation>
    </message>
    <message>
        <source>The days past due must run from a smaller to a larger number.</source>
        <translation>Los días de atraso deben ir de un número menor a uno mayor.</translation>
    </message>
    <message>
        <source>Days since the last letter are out of range.</source>
        <translation>Los días desde la última carta están fuera del rango admitido.</translation>
    </message>
    <message>
        <source>Validation notice: new accounts never written to</source>
        <translation>Aviso de validación: cuentas nuevas a las que nunca se ha escrito</translation>
    </message>
    <message>
        <source>First reminder: 30–60 days past due, no letter in 21 days</source>
        <translation>Primer recordatorio: 30–60 días de atraso, sin cartas en 21 días</translation>
    </message>
    <message>
        <source>Second reminder: 61–90 days past due, no letter in 21 days</source>
        <translation>Segundo recordatorio: 61–90 días de atraso, sin cartas en 21 días</translation>
    </message>
    <message>
        <source>Final notice: 91–120 days past due, no letter in 30 days</source>
        <translation>Aviso final: 91–120 días de atraso, sin cartas en 30 días</translation>
    </message>
    <message>
        <source>Dispute verification: open disputes</source>
        <translation>Verificación de disputa: disputas abiertas</translation>
    </message>
    <message>
        <source>Two rules have the same name.</source>
        <translation>Dos reglas tienen el mismo nombre.</translation>
    </message>
    <message>
        <source>There is no letter rule “{name}”. The rules are: {known}.</source>
        <translation>No existe la regla de cartas “{name}”. Las reglas son: {known}.</translation>
    </message>
    <message>
        <source>1 letter to print, {skipped} skipped</source>
        <translation>1 carta por imprimir; omitidas: {skipped}</translation>
    </message>
    <message>
        <source>{count} letters to print, {skipped} skipped</source>
        <translation>{count} cartas por imprimir; omitidas: {skipped}</translation>
    </message>
    <message>
        <source>There is no letter template “{kind}”.</source>
        <translation>No existe la plantilla de carta “{kind}”.</translation>
    </message>
    <message>
        <source>The batch was cancelled; nothing was printed or recorded.</source>
        <translation>Se canceló el lote; no se imprimió ni se registró nada.</translation>
    </message>
    <message>
        <source>1 letter on {pages} pages; {skipped} skipped.</source>
        <translation>1 carta en {pages} páginas; omitidas: {skipped}.</translation>
    </message>
    <message>
        <source>{count} letters on {pages} pages; {skipped} skipped.</source>
        <translation>{count} cartas en {pages} páginas; omitidas: {skipped}.</translation>
    </message>
    <message>
        <source>No account in this batch can be sent the letter.</source>
        <translation>No se puede enviar la carta a ninguna cuenta de este lote.</translation>
    </message>
    <message>
        <source>The batch file must end in .pdf.</source>
        <translation>El archivo del lote debe terminar en .pdf.</translation>
    </message>
    <message>
        <source>CollectorPro cannot write in {folder}: {reason}.</source>
        <translation>CollectorPro no puede escribir en {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The batch could not be written: {reason}. Nothing was recorded.</source>
        <translation>No se pudo guardar el lote: {reason}. No se registró nada.</translation>
    </message>
    <message>
        <source>No account in this batch could be sent the letter.</source>
        <translation>No se pudo enviar la carta a ninguna cuenta de este lote.</translation>
    </message>
</context>
<context>
    <name>LetterMail</name>
    <message>
        <source>There is no email address on file for this debtor.</source>
        <translation>No hay ninguna dirección de correo electrónico registrada para este deudor.</translation>
    </message>
    <message>
        <source>The debtor asked not to be emailed (opt-out); send the letter by mail.</source>
        <translation>El deudor pidió que no se le envíen correos electrónicos (dado de baja); envíe la carta por correo postal.</translation>
    </message>
    <message>
        <source>No email address.</source>
        <translation>Sin dirección de correo electrónico.</translation>
    </message>
</context>
<context>
    <name>LetterOptionsDialog</name>
    <message>
        <source>Letter options</source>
        <translation>Opciones de cartas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Print the debt-collector disclosure on letters (collection agencies always print it)</source>
        <translation>Imprimir en las cartas la declaración de cobrador de deudas (las agencias de cobranza siempre la imprimen)</translation>
    </message>
    <message>
        <source>The office profile says you are a collection agency.</source>
        <translation>El perfil de la oficina indica que usted es una agencia de cobranza.</translation>
    </message>
    <message>
        <source>A collection agency</source>
        <translation>Una agencia de cobranza</translation>
    </message>
    <message>
        <source>An attorney</source>
        <translation>Un abogado</translation>
    </message>
    <message>
        <source> % of the balance</source>
        <translation> % del saldo</translation>
    </message>
    <message>
        <source> in. to the right</source>
        <translation> pulg. a la derecha</translation>
    </message>
    <message>
        <source> in. down</source>
        <translation> pulg. hacia abajo</translation>
    </message>
    <message>
        <source>Print &amp;calibration page…</source>
        <translation>Imprimir página de &amp;calibración…</translation>
    </message>
    <message>
        <source>Days to &amp;pay (from the letter date)</source>
        <translation>Días para &amp;pagar (desde la fecha de la carta)</translation>
    </message>
    <message>
        <source>Days to &amp;respond to a final notice</source>
        <translation>Días para &amp;responder a un aviso final</translation>
    </message>
    <message>
        <source>A final notice &amp;refers the account to</source>
        <translation>Un aviso final re&amp;mite la cuenta a</translation>
    </message>
    <message>
        <source>Settlement &amp;offer</source>
        <translation>&amp;Oferta de liquidación</translation>
    </message>
    <message>
        <source>Settlement offer &amp;lasts</source>
        <translation>La oferta de liquidación &amp;dura</translation>
    </message>
    <message>
        <source>&amp;Envelope adjustment</source>
        <translation>Ajuste del &amp;sobre</translation>
    </message>
    <message>
        <source>Moves the address so it sits in the envelope window. Negative numbers move it left or up. Print a calibration page on plain paper and hold it behind an envelope to check.</source>
        <translation>Mueve la dirección para que quede en la ventana del sobre. Los números negativos la mueven a la izquierda o hacia arriba. Imprima una página de calibración en papel normal y colóquela detrás de un sobre para comprobarlo.</translation>
    </message>
    <message>
        <source>Signed by (&amp;name)</source>
        <translation>Firmado por (&amp;nombre)</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title</source>
        <translation>Pues&amp;to del firmante</translation>
    </message>
</context>
<context>
    <name>LetterRulesDialog</name>
    <message>
        <source>Batch letter rules</source>
        <translation>Reglas de cartas en lote</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Reglas</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Add a new rule</source>
        <translation>Agregar una regla nueva</translation>
    </message>
    <message>
        <source>Add a copy of the selected rule</source>
        <translation>Agregar una copia de la regla seleccionada</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Quitar la regla seleccionada</translation>
    </message>
    <message>
        <source>Show the selected rule earlier in the list</source>
        <translation>Mostrar la regla seleccionada más arriba en la lista</translation>
    </message>
    <message>
        <source>Show the selected rule later in the list</source>
        <translation>Mostrar la regla seleccionada más abajo en la lista</translation>
    </message>
    <message>
        <source>no upper limit</source>
        <translation>sin límite superior</translation>
    </message>
    <message>
        <source>Step below 0 (or press Home) for no upper limit on the days past due</source>
        <translation>Baje de 0 (o pulse Home) para no poner límite superior a los días de atraso</translation>
    </message>
    <message>
        <source>&amp;Include accounts on dispute hold (for the verification letter)</source>
        <translation>&amp;Incluir cuentas en espera por disputa (para la carta de verificación)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>&amp;Carta</translation>
    </message>
    <message>
        <source>Days past due &amp;from</source>
        <translation>Días de atraso &amp;desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>&amp;Earlier letters</source>
        <translation>Cartas &amp;previas</translation>
    </message>
    <message>
        <source>Reset to the &amp;standard rules</source>
        <translation>Restablecer las reglas &amp;estándar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Unknown letter: {kind}</source>
        <translation>Carta desconocida: {kind}</translation>
    </message>
    <message>
        <source>Counting the accounts…</source>
        <translation>Contando las cuentas…</translation>
    </message>
    <message>
        <source>The accounts could not be counted: {reason}</source>
        <translation>No se pudieron contar las cuentas: {reason}</translation>
    </message>
    <message>
        <source>This rule selects 1 account today.</source>
        <translation>Esta regla selecciona 1 cuenta hoy.</translation>
    </message>
    <message>
        <source>This rule selects {count} accounts today.</source>
        <translation>Esta regla selecciona {count} cuentas hoy.</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nueva regla</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Quitar regla</translation>
    </message>
    <message>
        <source>Remove the rule “{name}”? It is gone for good once you press OK.</source>
        <translation>¿Quitar la regla “{name}”? Se eliminará definitivamente al pulsar Aceptar.</translation>
    </message>
    <message>
        <source>Reset to the standard rules</source>
        <translation>Restablecer las reglas estándar</translation>
    </message>
    <message>
        <source>Replace every rule in this list with the standard rules? Nothing is saved until you press OK.</source>
        <translation>¿Reemplazar todas las reglas de esta lista por las reglas estándar? No se guarda nada hasta que pulse Aceptar.</translation>
    </message>
</context>
<context>
    <name>LetterTexts</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish (Español)</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>The debtor&apos;s full name</source>
        <translation>El nombre completo del deudor</translation>
    </message>
    <message>
        <source>The account number</source>
        <translation>El número de cuenta</translation>
    </message>
    <message>
        <source>The creditor&apos;s name</source>
        <translation>El nombre del acreedor</translation>
    </message>
    <message>
        <source>What was provided, in general words (e.g. medical services)</source>
        <translation>Lo que se prestó, en términos generales (p. ej., servicios médicos)</translation>
    </message>
    <message>
        <source>The balance today</source>
        <translation>El saldo de hoy</translation>
    </message>
    <message>
        <source>The date on the letter</source>
        <translation>La fecha de la carta</translation>
    </message>
    <message>
        <source>Your office&apos;s name</source>
        <translation>El nombre de su oficina</translation>
    </message>
    <message>
        <source>Your office&apos;s phone number</source>
        <translation>El teléfono de su oficina</translation>
    </message>
    <message>
        <source>Your office&apos;s mailing address on one line</source>
        <translation>La dirección postal de su oficina en una línea</translation>
    </message>
    <message>
        <source>Your office&apos;s email address</source>
        <translation>El correo electrónico de su oficina</translation>
    </message>
    <message>
        <source>The date to pay by (letter date + the days in Settings → Letters)</source>
        <translation>La fecha límite de pago (fecha de la carta + los días de Configuración → Cartas)</translation>
    </message>
    <message>
        <source>The date to respond by, on a final notice</source>
        <translation>La fecha límite para responder a un aviso final</translation>
    </message>
    <message>
        <source>Who a final notice refers the account to</source>
        <translation>A quién remite la cuenta un aviso final</translation>
    </message>
    <message>
        <source>The end of the validation period (validation notice)</source>
        <translation>El fin del período de validación (aviso de validación)</translation>
    </message>
    <message>
        <source>The itemization date</source>
        <translation>La fecha de desglose</translation>
    </message>
    <message>
        <source>The amount offered to settle</source>
        <translation>El importe ofrecido para la liquidación</translation>
    </message>
    <message>
        <source>The last day of the settlement offer</source>
        <translation>El último día de la oferta de liquidación</translation>
    </message>
    <message>
        <source>When the open dispute was received</source>
        <translation>Cuándo se recibió la disputa abierta</translation>
    </message>
    <message>
        <source>What the debtor disputes, as recorded</source>
        <translation>Lo que disputa el deudor, tal como se registró</translation>
    </message>
    <message>
        <source>Letters are available in English and Spanish, not “{language}”.</source>
        <translation>Las cartas están disponibles en inglés y en español, no en “{language}”.</translation>
    </message>
    <message>
        <source>There is no letter template “{kind}”.</source>
        <translation>No existe la plantilla de carta “{kind}”.</translation>
    </message>
    <message>
        <source>A brace {open} or {close} is not closed. Write placeholders as {example}; a lone brace is not allowed ({problem}).</source>
        <translation>Una llave {open} o {close} no está cerrada. Escriba los marcadores así: {example}; no se permite una llave suelta ({problem}).</translation>
    </message>
    <message>
        <source>“{placeholder}” is not a placeholder. Use a name from the list, such as {example}.</source>
        <translation>“{placeholder}” no es un marcador. Use un nombre de la lista, como {example}.</translation>
    </message>
    <message>
        <source>The letter needs a title.</source>
        <translation>La carta necesita un título.</translation>
    </message>
    <message>
        <source>The letter needs some text.</source>
        <translation>La carta necesita un texto.</translation>
    </message>
    <message>
        <source>The text is limited to {count} characters.</source>
        <translation>El texto tiene un límite de {count} caracteres.</translation>
    </message>
    <message>
        <source>CollectorPro does not know the placeholder {names}. Pick one from the list.</source>
        <translation>CollectorPro no reconoce el marcador {names}. Elija uno de la lista.</translation>
    </message>
</context>
<context>
    <name>LetterTextsDialog</name>
    <message>
        <source>Letter texts</source>
        <translation>Textos de las cartas</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Le&amp;tters</source>
        <translation>&amp;Cartas</translation>
    </message>
    <message>
        <source>Double-click a placeholder to insert it</source>
        <translation>Haga doble clic en un marcador para insertarlo</translation>
    </message>
    <message>
        <source>A blank line starts a new paragraph. A line starting with “## ” is a heading, a line starting with “- ” is a list item, and **two stars** make text bold. [itemization], [tear_off] and [signature] on a line of their own place those parts of the letter. Double-click a placeholder to insert it at the cursor.</source>
        <translation>Una línea en blanco inicia un párrafo nuevo. Una línea que empieza con “## ” es un título, una línea que empieza con “- ” es un elemento de lista, y **dos asteriscos** ponen el texto en negrita. [itemization], [tear_off] y [signature], cada uno en una línea propia, colocan esas partes de la carta. Haga doble clic en un marcador para insertarlo donde está el cursor.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Restaurar texto predeterminado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <source>&amp;Placeholders</source>
        <translation>&amp;Marcadores</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(modificado)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún no se ha guardado</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Your changes to “{letter}” are not saved. Discard them?</source>
        <translation>Sus cambios en “{letter}” no se han guardado. ¿Desea descartarlos?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Replace the office&apos;s text of “{letter}” with the text CollectorPro comes with? The office&apos;s wording is lost.</source>
        <translation>¿Reemplazar el texto de la oficina para “{letter}” por el texto que trae CollectorPro? Se perderá la redacción de la oficina.</translation>
    </message>
    <message>
        <source>Discard your changes to “{letter}”?</source>
        <translation>¿Descartar sus cambios en “{letter}”?</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Restaurar texto predeterminado</translation>
    </message>
    <message>
        <source>Back to the default text.</source>
        <translation>Se restauró el texto predeterminado.</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Days to pay must be between 1 and 90.</source>
        <translation>Los días para pagar deben estar entre 1 y 90.</translation>
    </message>
    <message>
        <source>Days to respond to a final notice must be between 10 and 120.</source>
        <translation>Los días para responder a un aviso final deben estar entre 10 y 120.</translation>
    </message>
    <message>
        <source>Choose who a final notice refers to.</source>
        <translation>Elija a quién remite el aviso final.</translation>
    </message>
    <message>
        <source>A settlement offer must be between 10% and 100% of the balance.</source>
        <translation>La oferta de liquidación debe estar entre el 10% y el 100% del saldo.</translation>
    </message>
    <message>
        <source>A settlement offer must last between 1 and 120 days.</source>
        <translation>La oferta de liquidación debe durar entre 1 y 120 días.</translation>
    </message>
    <message>
        <source>An envelope adjustment of more than half an inch means the envelopes do not fit the layout; check the calibration page.</source>
        <translation>Un ajuste del sobre de más de media pulgada significa que los sobres no coinciden con el diseño; revise la página de calibración.</translation>
    </message>
    <message>
        <source>No letter for account {account}: {missing}.</source>
        <translation>No se puede generar la carta para la cuenta {account}: {missing}.</translation>
    </message>
    <message>
        <source>This letter may not be made now: {reasons}</source>
        <translation>Esta carta no se puede generar ahora: {reasons}</translation>
    </message>
    <message>
        <source>Letters are in English (en) or Spanish (es), not {language}.</source>
        <translation>Las cartas están en inglés (en) o en español (es), no en {language}.</translation>
    </message>
    <message>
        <source>There is no letter template “{kind}”.</source>
        <translation>No existe la plantilla de carta “{kind}”.</translation>
    </message>
    <message>
        <source>no mailing address on file</source>
        <translation>sin dirección postal registrada</translation>
    </message>
    <message>
        <source>no balance to settle</source>
        <translation>sin saldo que liquidar</translation>
    </message>
    <message>
        <source>The settlement amount must be more than zero and no more than the balance.</source>
        <translation>El importe de la liquidación debe ser mayor que cero y no superior al saldo.</translation>
    </message>
    <message>
        <source>The offer must end after today.</source>
        <translation>La oferta debe vencer después de hoy.</translation>
    </message>
    <message>
        <source>no open dispute to answer</source>
        <translation>sin disputa abierta que responder</translation>
    </message>
    <message>
        <source>the letter text uses an unknown placeholder {placeholder}</source>
        <translation>el texto de la carta usa un marcador desconocido {placeholder}</translation>
    </message>
    <message>
        <source>{placeholder} belongs in a dispute letter only</source>
        <translation>{placeholder} solo corresponde a una carta de disputa</translation>
    </message>
    <message>
        <source>{placeholder} belongs in the settlement offer only</source>
        <translation>{placeholder} solo corresponde a la oferta de liquidación</translation>
    </message>
    <message>
        <source>no itemization date on the account</source>
        <translation>sin fecha de desglose en la cuenta</translation>
    </message>
    <message>
        <source>no office phone number (Office → Office profile)</source>
        <translation>sin número de teléfono de la oficina (Oficina → Perfil de la oficina)</translation>
    </message>
    <message>
        <source>no office address (Office → Office profile)</source>
        <translation>sin dirección de la oficina (Oficina → Perfil de la oficina)</translation>
    </message>
    <message>
        <source>no office email address (Office → Office profile)</source>
        <translation>sin dirección de correo electrónico de la oficina (Oficina → Perfil de la oficina)</translation>
    </message>
    <message>
        <source>no {what}</source>
        <translation>sin {what}</translation>
    </message>
    <message>
        <source>Letters go by mail or email.</source>
        <translation>Las cartas se envían por correo postal o por correo electrónico.</translation>
    </message>
    <message>
        <source>Validation notice (Model Form B-1)</source>
        <translation>Aviso de validación (Formulario modelo B-1)</translation>
    </message>
    <message>
        <source>First reminder</source>
        <translation>Primer recordatorio</translation>
    </message>
    <message>
        <source>Second reminder</source>
        <translation>Segundo recordatorio</translation>
    </message>
    <message>
        <source>Final notice</source>
        <translation>Aviso final</translation>
    </message>
    <message>
        <source>First reminder (time-barred debt)</source>
        <translation>Primer recordatorio (deuda prescrita)</translation>
    </message>
    <message>
        <source>Second reminder (time-barred debt)</source>
        <translation>Segundo recordatorio (deuda prescrita)</translation>
    </message>
    <message>
        <source>Final notice (time-barred debt)</source>
        <translation>Aviso final (deuda prescrita)</translation>
    </message>
    <message>
        <source>Settlement offer</source>
        <translation>Oferta de liquidación</translation>
    </message>
    <message>
        <source>Dispute acknowledgment</source>
        <translation>Acuse de recibo de la disputa</translation>
    </message>
    <message>
        <source>Dispute verification letter</source>
        <translation>Carta de verificación de la disputa</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Payment-plan agreement</source>
        <translation>Acuerdo de plan de pagos</translation>
    </message>
    <message>
        <source>Paid-in-full letter</source>
        <translation>Carta de cuenta pagada en su totalidad</translation>
    </message>
    <message>
        <source>There is no archived document {id}.</source>
        <translation>No existe el documento archivado {id}.</translation>
    </message>
    <message>
        <source>This archived document kept no data to draw it from.</source>
        <translation>Este documento archivado no conservó datos para volver a generarlo.</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Log interaction</source>
        <translation>Registrar interacción</translation>
    </message>
    <message>
        <source>What was said or done</source>
        <translation>Qué se dijo o se hizo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Hacer seguimiento el</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Promesa de pago</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Call length</source>
        <translation>Duración de la llamada</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>Enter the name of the mail server, for example smtp.example.com.</source>
        <translation>Escriba el nombre del servidor de correo, por ejemplo smtp.example.com.</translation>
    </message>
    <message>
        <source>The server name “{host}” has spaces or slashes; enter only the name, such as smtp.example.com.</source>
        <translation>El nombre del servidor “{host}” tiene espacios o barras; escriba solo el nombre, como smtp.example.com.</translation>
    </message>
    <message>
        <source>The port must be a whole number, such as 587.</source>
        <translation>El puerto debe ser un número entero, como 587.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535; most mail servers use 587 or 465.</source>
        <translation>El puerto debe ser un número del 1 al 65535; la mayoría de los servidores de correo usan 587 o 465.</translation>
    </message>
    <message>
        <source>Choose how to secure the connection: none, STARTTLS or SSL/TLS.</source>
        <translation>Elija cómo proteger la conexión: ninguna, STARTTLS o SSL/TLS.</translation>
    </message>
    <message>
        <source>Enter the office&apos;s sending address as a full email address, such as billing@example.com.</source>
        <translation>Escriba la dirección de envío de la oficina como una dirección de correo electrónico completa, como billing@example.com.</translation>
    </message>
    <message>
        <source>The sender name must fit on one line.</source>
        <translation>El nombre del remitente debe caber en una línea.</translation>
    </message>
    <message>
        <source>Every collection email must carry an opt-out line telling the debtor how to stop emails; add one before sending.</source>
        <translation>Todo correo electrónico de cobranza debe incluir una línea de baja que indique al deudor cómo dejar de recibir correos; agregue una antes de enviar.</translation>
    </message>
    <message>
        <source>The address “{address}” is not an email address this office can send to.</source>
        <translation>La dirección “{address}” no es una dirección de correo electrónico a la que esta oficina pueda enviar.</translation>
    </message>
    <message>
        <source>This must fit on one line.</source>
        <translation>Esto debe caber en una línea.</translation>
    </message>
    <message>
        <source>The email needs a subject.</source>
        <translation>El correo electrónico necesita un asunto.</translation>
    </message>
    <message>
        <source>The attached document needs a file name.</source>
        <translation>El documento adjunto necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>The attached document is not a PDF.</source>
        <translation>El documento adjunto no es un PDF.</translation>
    </message>
    <message>
        <source>The mail server needs the password for {user}; enter it to send.</source>
        <translation>El servidor de correo necesita la contraseña de {user}; escríbala para enviar.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation>El servidor de correo rechazó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <source>The mail server refused the address {address}.</source>
        <translation>El servidor de correo rechazó la dirección {address}.</translation>
    </message>
    <message>
        <source>The mail server does not offer what CollectorPro asked for ({reply}). Check the security choice and user name in Office → Settings → Email.</source>
        <translation>El servidor de correo no ofrece lo que CollectorPro solicitó ({reply}). Compruebe el tipo de seguridad y el nombre de usuario en Oficina → Configuración → Correo electrónico.</translation>
    </message>
    <message>
        <source>The mail server did not accept the message: {reply}.</source>
        <translation>El servidor de correo no aceptó el mensaje: {reply}.</translation>
    </message>
    <message>
        <source>CollectorPro could not open a secure connection to the mail server {host} on port {port} ({reason}). Check the security choice (STARTTLS or SSL/TLS) and port in Office → Settings → Email.</source>
        <translation>CollectorPro no pudo abrir una conexión segura con el servidor de correo {host} en el puerto {port} ({reason}). Compruebe el tipo de seguridad (STARTTLS o SSL/TLS) y el puerto en Oficina → Configuración → Correo electrónico.</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>Error de TLS</translation>
    </message>
    <message>
        <source>CollectorPro could not reach the mail server {host} on port {port}. Check the server name and port in Office → Settings → Email, and that this computer is online.</source>
        <translation>CollectorPro no pudo conectarse con el servidor de correo {host} en el puerto {port}. Compruebe el nombre del servidor y el puerto en Oficina → Configuración → Correo electrónico, y que este equipo esté conectado a Internet.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CollectorPro — {file}</source>
        <translation>CollectorPro — {file}</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Limpiar búsqueda y filtros</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Cuentas</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>Registrar &amp;interacción…</translation>
    </message>
    <message>
        <source>Record &amp;promise…</source>
        <translation>Registrar &amp;promesa de pago…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Cambiar &amp;estado…</translation>
    </message>
    <message>
        <source>Post charge or &amp;adjustment…</source>
        <translation>Registrar cargo o a&amp;juste…</translation>
    </message>
    <message>
        <source>Set &amp;follow-up…</source>
        <translation>Programar &amp;seguimiento…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Letter &amp;texts…</source>
        <translation>&amp;Textos de las cartas…</translation>
    </message>
    <message>
        <source>&amp;Statute of limitations…</source>
        <translation>&amp;Plazo de prescripción…</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s worklist</source>
        <translation>Lista de &amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Next account</source>
        <translation>Cuenta &amp;siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious account</source>
        <translation>Cuenta &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Informes…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Import accounts or payments…</source>
        <translation>&amp;Importar cuentas o pagos…</translation>
    </message>
    <message>
        <source>&amp;Find account</source>
        <translation>&amp;Buscar cuenta</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>&amp;Limpiar búsqueda y filtros</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About CollectorPro</source>
        <translation>A&amp;cerca de CollectorPro</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Oficina</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>CollectorPro &amp;guide</source>
        <translation>&amp;Guía de CollectorPro</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Abrir carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Account actions</source>
        <translation>Acciones de la cuenta</translation>
    </message>
    <message>
        <source>Log</source>
        <comment>toolbar</comment>
        <translation>Interacción</translation>
    </message>
    <message>
        <source>Promise</source>
        <comment>toolbar</comment>
        <translation>Promesa</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>toolbar</comment>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Payment</source>
        <comment>toolbar</comment>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <comment>toolbar</comment>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>toolbar</comment>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>toolbar</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Charge/adjust</source>
        <comment>toolbar</comment>
        <translation>Cargo o ajuste</translation>
    </message>
    <message>
        <source>Working as </source>
        <translation>Trabajando como </translation>
    </message>
    <message>
        <source>collector</source>
        <translation>gestor</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>1 account · {total} total balance</source>
        <translation>1 cuenta · {total} de saldo total</translation>
    </message>
    <message>
        <source>{count} accounts · {total} total balance</source>
        <translation>{count} cuentas · {total} de saldo total</translation>
    </message>
    <message>
        <source>No accounts match the search and filters.</source>
        <translation>Ninguna cuenta coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <source>No accounts yet.
Accounts appear here once they are imported from your billing system.</source>
        <translation>Aún no hay cuentas.
Las cuentas aparecen aquí una vez que se importan desde su sistema de facturación.</translation>
    </message>
    <message>
        <source>Plans and promises brought up to date: {what}</source>
        <translation>Planes y promesas actualizados: {what}</translation>
    </message>
    <message>
        <source>Bringing plans and promises up to date… {done} of {total}</source>
        <translation>Actualizando planes y promesas… {done} de {total}</translation>
    </message>
    <message>
        <source>This call</source>
        <translation>Esta llamada</translation>
    </message>
    <message>
        <source>This text message</source>
        <translation>Este mensaje de texto</translation>
    </message>
    <message>
        <source>This email</source>
        <translation>Este correo electrónico</translation>
    </message>
    <message>
        <source>This letter</source>
        <translation>Esta carta</translation>
    </message>
    <message>
        <source>This {channel}</source>
        <translation>Este contacto por {channel}</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>all accounts</source>
        <translation>todas las cuentas</translation>
    </message>
    <message>
        <source>Mark this address as no longer valid? It stays in the history.</source>
        <translation>¿Marcar esta dirección como ya no válida? Se conserva en el historial.</translation>
    </message>
    <message>
        <source>Mark this phone as no longer valid? It stays in the history.</source>
        <translation>¿Marcar este teléfono como ya no válido? Se conserva en el historial.</translation>
    </message>
    <message>
        <source>Mark this email as no longer valid? It stays in the history.</source>
        <translation>¿Marcar este correo electrónico como ya no válido? Se conserva en el historial.</translation>
    </message>
    <message>
        <source>Mark this {kind} as no longer valid? It stays in the history.</source>
        <translation>¿Marcar este dato ({kind}) como ya no válido? Se conserva en el historial.</translation>
    </message>
    <message>
        <source>No longer valid</source>
        <translation>Ya no es válido</translation>
    </message>
    <message>
        <source>About CollectorPro</source>
        <translation>Acerca de CollectorPro</translation>
    </message>
    <message>
        <source>CollectorPro {version}
A collections workbench for small medical and utility offices.

License: proprietary; all rights reserved.
Data folder: {data}</source>
        <translation>CollectorPro {version}
Una herramienta de cobranza para pequeñas oficinas médicas y de servicios públicos.

Licencia: propietaria; todos los derechos reservados.
Carpeta de datos: {data}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No se realizó</translation>
    </message>
    <message>
        <source>The database could not be used</source>
        <translation>No se pudo usar la base de datos</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Correspondencia de columnas</translation>
    </message>
    <message>
        <source>Say which field each column of the file fills; the others are not imported.</source>
        <translation>Indique qué campo llena cada columna del archivo; las demás no se importan.</translation>
    </message>
    <message>
        <source>Month/Day/Year</source>
        <translation>Mes/Día/Año</translation>
    </message>
    <message>
        <source>Day/Month/Year</source>
        <translation>Día/Mes/Año</translation>
    </message>
    <message>
        <source>&amp;Date order</source>
        <translation>&amp;Orden de la fecha</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>The first rows, as they will be read:</source>
        <translation>Las primeras filas, tal como se leerán:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>This file has no column the profile “{name}” expects: {columns}.</source>
        <translation>A este archivo le faltan columnas que espera el perfil “{name}”: {columns}.</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— no se importa —</translation>
    </message>
    <message>
        <source>Still to choose: {fields}.</source>
        <translation>Falta elegir: {fields}.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Escriba un importe.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>El importe no puede ser negativo.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>El importe es demasiado grande.</translation>
    </message>
    <message>
        <source>Enter an fee.</source>
        <translation>Escriba el cargo por servicio.</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>El cargo por servicio no puede ser negativo.</translation>
    </message>
    <message>
        <source>The fee is too large.</source>
        <translation>El cargo por servicio es demasiado grande.</translation>
    </message>
    <message>
        <source>Enter an settlement.</source>
        <translation>Escriba el importe de la liquidación.</translation>
    </message>
    <message>
        <source>The settlement cannot be negative.</source>
        <translation>El importe de la liquidación no puede ser negativo.</translation>
    </message>
    <message>
        <source>The settlement is too large.</source>
        <translation>El importe de la liquidación es demasiado grande.</translation>
    </message>
    <message>
        <source>Enter an promised amount.</source>
        <translation>Escriba el importe prometido.</translation>
    </message>
    <message>
        <source>The promised amount cannot be negative.</source>
        <translation>El importe prometido no puede ser negativo.</translation>
    </message>
    <message>
        <source>The promised amount is too large.</source>
        <translation>El importe prometido es demasiado grande.</translation>
    </message>
    <message>
        <source>Enter an discount.</source>
        <translation>Escriba el descuento.</translation>
    </message>
    <message>
        <source>The discount cannot be negative.</source>
        <translation>El descuento no puede ser negativo.</translation>
    </message>
    <message>
        <source>The discount is too large.</source>
        <translation>El descuento es demasiado grande.</translation>
    </message>
    <message>
        <source>Enter an down payment.</source>
        <translation>Escriba el pago inicial.</translation>
    </message>
    <message>
        <source>The down payment cannot be negative.</source>
        <translation>El pago inicial no puede ser negativo.</translation>
    </message>
    <message>
        <source>The down payment is too large.</source>
        <translation>El pago inicial es demasiado grande.</translation>
    </message>
    <message>
        <source>Enter an income.</source>
        <translation>Escriba los ingresos.</translation>
    </message>
    <message>
        <source>The income cannot be negative.</source>
        <translation>Los ingresos no pueden ser negativos.</translation>
    </message>
    <message>
        <source>The income is too large.</source>
        <translation>Los ingresos son demasiado altos.</translation>
    </message>
    <message>
        <source>Enter an expenses.</source>
        <translation>Escriba los gastos.</translation>
    </message>
    <message>
        <source>The expenses cannot be negative.</source>
        <translation>Los gastos no pueden ser negativos.</translation>
    </message>
    <message>
        <source>The expenses is too large.</source>
        <translation>Los gastos son demasiado altos.</translation>
    </message>
    <message>
        <source>Enter an {field}.</source>
        <translation>Escriba un valor para {field}.</translation>
    </message>
    <message>
        <source>The {field} cannot be negative.</source>
        <translation>El valor de {field} no puede ser negativo.</translation>
    </message>
    <message>
        <source>The {field} is too large.</source>
        <translation>El valor de {field} es demasiado grande.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount. Type dollars and cents, like 125.50.</source>
        <translation>“{text}” no es un importe. Escriba dólares y centavos, como 125.50.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount.</source>
        <translation>“{text}” no es un importe.</translation>
    </message>
</context>
<context>
    <name>MoneyActions</name>
    <message>
        <source>Post pa&amp;yment…</source>
        <translation>Registrar pa&amp;go…</translation>
    </message>
    <message>
        <source>Payment a&amp;rrangement…</source>
        <translation>&amp;Acuerdo de pago…</translation>
    </message>
    <message>
        <source>Print &amp;receipt…</source>
        <translation>Imprimir &amp;recibo…</translation>
    </message>
    <message>
        <source>Re&amp;verse payment…</source>
        <translation>A&amp;nular pago…</translation>
    </message>
    <message>
        <source>Paid-in-full &amp;letter…</source>
        <translation>Carta de cuenta pagada en su &amp;totalidad…</translation>
    </message>
    <message>
        <source>Plan a&amp;greement…</source>
        <translation>Con&amp;venio del plan…</translation>
    </message>
    <message>
        <source>&amp;Cancel plan…</source>
        <translation>&amp;Cancelar plan…</translation>
    </message>
    <message>
        <source>The account is {status}. Its paid-in-full letter is on the Ledger tab.</source>
        <translation>La cuenta quedó {status}. Su carta de cuenta pagada en su totalidad está en la pestaña Movimientos.</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Recibo {number}</translation>
    </message>
    <message>
        <source>Receipt {number} (copy)</source>
        <translation>Recibo {number} (copia)</translation>
    </message>
    <message>
        <source>Payment of {amount} on {date} ({reference})</source>
        <translation>Pago de {amount} el {date} ({reference})</translation>
    </message>
    <message>
        <source>Payment of {amount} on {date}</source>
        <translation>Pago de {amount} el {date}</translation>
    </message>
    <message>
        <source>Paid-in-full letter — {name}</source>
        <translation>Carta de cuenta pagada en su totalidad — {name}</translation>
    </message>
    <message>
        <source>Payment arrangement</source>
        <translation>Acuerdo de pago</translation>
    </message>
    <message>
        <source>Payment agreement — account {number}</source>
        <translation>Convenio de pago — cuenta {number}</translation>
    </message>
    <message>
        <source>{arrangement} of {date}, {amount}</source>
        <translation>{arrangement} del {date}, {amount}</translation>
    </message>
</context>
<context>
    <name>NoLetterChoice</name>
    <message>
        <source>Only accounts never written to</source>
        <translation>Solo cuentas a las que nunca se ha escrito</translation>
    </message>
    <message>
        <source>Any time: earlier letters don&apos;t matter</source>
        <translation>Cuando sea: no importan las cartas anteriores</translation>
    </message>
    <message>
        <source>No letter in the last</source>
        <translation>Sin cartas en los últimos</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days without a letter</source>
        <translation>Días sin carta</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>{path} is not a CollectorPro database.</source>
        <translation>{path} no es una base de datos de CollectorPro.</translation>
    </message>
    <message>
        <source>{path} could not be opened: {reason}</source>
        <translation>No se pudo abrir {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>OfficeProfileDialog</name>
    <message>
        <source>Office profile</source>
        <translation>Perfil de la oficina</translation>
    </message>
    <message>
        <source>Street
City, ST ZIP</source>
        <translation>Calle
Ciudad, ST código postal</translation>
    </message>
    <message>
        <source>We are a collection agency (we collect for others)</source>
        <translation>Somos una agencia de cobranza (cobramos por cuenta de otros)</translation>
    </message>
    <message>
        <source>Optional: a picture for the top of your letters</source>
        <translation>Opcional: una imagen para el encabezado de sus cartas</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Eleg&amp;ir…</translation>
    </message>
    <message>
        <source>Office &amp;name</source>
        <translation>&amp;Nombre de la oficina</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logotipo</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <source>The office needs a name; it heads every letter.</source>
        <translation>La oficina necesita un nombre; aparece en el encabezado de todas las cartas.</translation>
    </message>
    <message>
        <source>The minimum installment cannot be negative.</source>
        <translation>La cuota mínima no puede ser negativa.</translation>
    </message>
    <message>
        <source>The longest plan must be between 1 and 600 months.</source>
        <translation>El plan más largo debe ser de entre 1 y 600 meses.</translation>
    </message>
    <message>
        <source>The discount needing approval is a percentage from 0 to 100.</source>
        <translation>El descuento que requiere aprobación es un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <source>The grace period must be between 0 and 60 days.</source>
        <translation>El período de gracia debe ser de entre 0 y 60 días.</translation>
    </message>
    <message>
        <source>The missed payments that break a plan must be between 1 and 12.</source>
        <translation>La cantidad de pagos no realizados con la que se rompe un plan debe estar entre 1 y 12.</translation>
    </message>
    <message>
        <source>“{state}” is not a state code. Use the two-letter code, like NY.</source>
        <translation>“{state}” no es un código de estado. Use el código de dos letras, como NY.</translation>
    </message>
    <message>
        <source>The years to sue in {state} must be a whole number from 1 to 30.</source>
        <translation>Los años para demandar en {state} deben ser un número entero de 1 a 30.</translation>
    </message>
</context>
<context>
    <name>OpenDisputeDialog</name>
    <message>
        <source>Record dispute</source>
        <translation>Registrar disputa</translation>
    </message>
    <message>
        <source>What the debtor says is wrong, in their words</source>
        <translation>Lo que el deudor dice que está mal, en sus propias palabras</translation>
    </message>
    <message>
        <source>Empty: the whole balance</source>
        <translation>Vacío: todo el saldo</translation>
    </message>
    <message>
        <source>Received in &amp;writing</source>
        <translation>Recibida por &amp;escrito</translation>
    </message>
    <message>
        <source>Collection stops on this account until the verification of the debt is mailed.</source>
        <translation>Se detiene el cobro de esta cuenta hasta que se envíe por correo la verificación de la deuda.</translation>
    </message>
    <message>
        <source>&amp;What is disputed</source>
        <translation>&amp;Qué se disputa</translation>
    </message>
    <message>
        <source>&amp;Amount disputed</source>
        <translation>&amp;Importe en disputa</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Fecha de recepción</translation>
    </message>
    <message>
        <source>Received &amp;how</source>
        <translation>Recibida &amp;por</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>The contact rules stop this</source>
        <translation>Las normas de contacto impiden esto</translation>
    </message>
    <message>
        <source>&lt;p&gt;{what} may not go out now:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;&lt;p&gt;A manager may allow it anyway. The manager&apos;s name and your reason go into the audit trail.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{what} no puede enviarse ahora:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;&lt;p&gt;Un supervisor puede autorizarlo de todos modos. El nombre del supervisor y su motivo quedan en el registro de auditoría.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Allowed by:</source>
        <translation>Autorizado por:</translation>
    </message>
    <message>
        <source>Why this contact is needed anyway, e.g. the debtor&apos;s attorney asked for a copy.</source>
        <translation>Por qué se necesita este contacto de todos modos; p. ej., el abogado del deudor pidió una copia.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Allow and send</source>
        <translation>Autorizar y enviar</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>Esta persona</translation>
    </message>
    <message>
        <source>{name} is not a manager; only a manager may allow a contact the rules stop.</source>
        <translation>{name} no es supervisor; solo un supervisor puede autorizar un contacto que las normas impiden.</translation>
    </message>
    <message>
        <source>Write the reason in a full sentence.</source>
        <translation>Escriba el motivo en una oración completa.</translation>
    </message>
</context>
<context>
    <name>Overrides</name>
    <message>
        <source>This contact may not be made now: {reasons}</source>
        <translation>No se puede realizar este contacto ahora: {reasons}</translation>
    </message>
    <message>
        <source>Choose the manager who allows this.</source>
        <translation>Elija el supervisor que lo autoriza.</translation>
    </message>
    <message>
        <source>{name} is a collector; only a manager may allow a contact the rules stop.</source>
        <translation>{name} es gestor de cobros; solo un supervisor puede autorizar un contacto que las reglas impiden.</translation>
    </message>
    <message>
        <source>Write the reason in a full sentence; it goes into the audit trail.</source>
        <translation>Escriba el motivo en una oración completa; se guarda en el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>Paperwork</name>
    <message>
        <source>There is no payment plan {plan}.</source>
        <translation>No existe el plan de pagos {plan}.</translation>
    </message>
    <message>
        <source>“{receipt}” is not a receipt number.</source>
        <translation>“{receipt}” no es un número de recibo.</translation>
    </message>
    <message>
        <source>There is no receipt {receipt}.</source>
        <translation>No existe el recibo {receipt}.</translation>
    </message>
    <message>
        <source>This ledger entry has no receipt: only payments posted in CollectorPro have one.</source>
        <translation>Este asiento de movimientos no tiene recibo: solo lo tienen los pagos registrados en CollectorPro.</translation>
    </message>
    <message>
        <source>A paid-in-full letter is only for an account that is paid or settled.</source>
        <translation>Una carta de cuenta pagada en su totalidad es solo para una cuenta pagada o liquidada.</translation>
    </message>
    <message>
        <source>No payments stand on this account, so there is nothing to confirm.</source>
        <translation>No hay pagos vigentes en esta cuenta, así que no hay nada que confirmar.</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>The payment of {amount} is more than the balance of {balance}. Posting it leaves a credit of {credit} on the account.</source>
        <translation>El pago de {amount} es mayor que el saldo de {balance}. Si lo registra, la cuenta quedará con un saldo a favor de {credit}.</translation>
    </message>
    <message>
        <source>The amount must be a whole number of cents.</source>
        <translation>El importe debe ser un número entero de centavos.</translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation>El pago debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>That amount is too large to be a payment.</source>
        <translation>Ese importe es demasiado alto para un pago.</translation>
    </message>
    <message>
        <source>A payment cannot be received in the future.</source>
        <translation>Un pago no puede tener una fecha de recepción futura.</translation>
    </message>
    <message>
        <source>The reference is limited to {limit} characters.</source>
        <translation>La referencia admite un máximo de {limit} caracteres.</translation>
    </message>
    <message>
        <source>The note is limited to {limit} characters.</source>
        <translation>La nota admite un máximo de {limit} caracteres.</translation>
    </message>
    <message>
        <source>Choose how the payment was made.</source>
        <translation>Elija cómo se hizo el pago.</translation>
    </message>
    <message>
        <source>This account is closed. Reopen it before posting payments.</source>
        <translation>Esta cuenta está cerrada. Vuelva a abrirla antes de registrar pagos.</translation>
    </message>
    <message>
        <source>Say why the payment is reversed.</source>
        <translation>Indique por qué se anula el pago.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>El motivo es demasiado largo.</translation>
    </message>
    <message>
        <source>The returned-payment fee cannot be negative.</source>
        <translation>El cargo por pago devuelto no puede ser negativo.</translation>
    </message>
    <message>
        <source>That fee is too large.</source>
        <translation>Ese cargo es demasiado alto.</translation>
    </message>
    <message>
        <source>That ledger entry does not exist.</source>
        <translation>Ese movimiento no existe.</translation>
    </message>
    <message>
        <source>Only payments can be reversed here; this entry is a {kind}.</source>
        <translation>Aquí solo se pueden anular pagos; este movimiento es de tipo {kind}.</translation>
    </message>
    <message>
        <source>This payment has already been reversed.</source>
        <translation>Este pago ya fue anulado.</translation>
    </message>
</context>
<context>
    <name>PhoneDialog</name>
    <message>
        <source>Change phone</source>
        <translation>Cambiar teléfono</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Agregar teléfono</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Consent to call this number</source>
        <translation>Consentimiento para llamar a este número</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>No llamar</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No payment arrangement yet. Use Payment arrangement to set one up.</source>
        <translation>Aún no hay acuerdo de pago. Use Acuerdo de pago para crear uno.</translation>
    </message>
    <message>
        <source>{arrangement} of {date} — {status}</source>
        <translation>{arrangement} del {date} — {status}</translation>
    </message>
    <message>
        <source>{arranged} arranged on a balance of {balance} · {frequency}</source>
        <translation>Importe acordado: {arranged} sobre un saldo de {balance} · {frequency}</translation>
    </message>
    <message>
        <source>Paid {paid} of {total} · {summary}</source>
        <translation>Pagado {paid} de {total} · {summary}</translation>
    </message>
    <message>
        <source>Discount approved by {name} on {when}</source>
        <translation>Descuento aprobado por {name} el {when}</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Inicial</translation>
    </message>
</context>
<context>
    <name>PlanPolicyDialog</name>
    <message>
        <source>Payment plan policy</source>
        <translation>Política de planes de pagos</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Smallest installment</source>
        <translation>&amp;Cuota mínima</translation>
    </message>
    <message>
        <source>&amp;Longest plan</source>
        <translation>Plan más &amp;largo</translation>
    </message>
    <message>
        <source>Settlement discount needing a &amp;manager above</source>
        <translation>Descuento de liquidación a partir del cual se requiere &amp;supervisor</translation>
    </message>
    <message>
        <source>&amp;Grace period before a payment is missed</source>
        <translation>&amp;Periodo de gracia antes de considerar un pago no realizado</translation>
    </message>
    <message>
        <source>Missed payments that &amp;break a plan</source>
        <translation>Pagos no realizados que &amp;rompen un plan</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>The installment amount must be a whole number of cents.</source>
        <translation>El importe de la cuota debe ser un número entero de centavos.</translation>
    </message>
    <message>
        <source>The arranged total must be a whole number of cents.</source>
        <translation>El total acordado debe ser un número entero de centavos.</translation>
    </message>
    <message>
        <source>The down payment must be a whole number of cents.</source>
        <translation>El pago inicial debe ser un número entero de centavos.</translation>
    </message>
    <message>
        <source>The balance must be a whole number of cents.</source>
        <translation>El saldo debe ser un número entero de centavos.</translation>
    </message>
    <message>
        <source>The discount must be a whole number of cents.</source>
        <translation>El descuento debe ser un número entero de centavos.</translation>
    </message>
    <message>
        <source>The monthly income must be a whole number of cents.</source>
        <translation>Los ingresos mensuales deben ser un número entero de centavos.</translation>
    </message>
    <message>
        <source>The monthly expenses must be a whole number of cents.</source>
        <translation>Los gastos mensuales deben ser un número entero de centavos.</translation>
    </message>
    <message>
        <source>“{value}” is not a payment frequency. Use one of: {choices}.</source>
        <translation>“{value}” no es una frecuencia de pago. Use una de estas: {choices}.</translation>
    </message>
    <message>
        <source>The {what} must be a whole number of cents.</source>
        <translation>El valor de «{what}» debe ser un número entero de centavos.</translation>
    </message>
    <message>
        <source>The schedule runs past the end of the calendar.</source>
        <translation>El calendario de pagos sobrepasa el rango de fechas admitido.</translation>
    </message>
    <message>
        <source>The number of installments must be a whole number.</source>
        <translation>El número de cuotas debe ser un número entero.</translation>
    </message>
    <message>
        <source>A plan needs at least one installment.</source>
        <translation>Un plan necesita al menos una cuota.</translation>
    </message>
    <message>
        <source>A plan cannot have more than {limit} installments.</source>
        <translation>Un plan no puede tener más de {limit} cuotas.</translation>
    </message>
    <message>
        <source>{remaining} cents cannot be split into {count} installments of at least a cent.</source>
        <translation>No se pueden dividir {remaining} centavos en {count} cuotas de al menos un centavo.</translation>
    </message>
    <message>
        <source>The installment amount must be more than zero.</source>
        <translation>El importe de la cuota debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>That installment is too small: the plan would need {count} payments (the limit is {limit}).</source>
        <translation>Esa cuota es demasiado pequeña: el plan necesitaría {count} pagos (el límite es {limit}).</translation>
    </message>
    <message>
        <source>The arranged total must be more than zero.</source>
        <translation>El total acordado debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The down payment cannot be negative.</source>
        <translation>El pago inicial no puede ser negativo.</translation>
    </message>
    <message>
        <source>The down payment must be less than the arranged total; for a single payment arrange a payment in full instead.</source>
        <translation>El pago inicial debe ser menor que el total acordado; para un solo pago, acuerde un pago total.</translation>
    </message>
    <message>
        <source>Give either the number of installments or the installment amount, not both.</source>
        <translation>Indique el número de cuotas o el importe de la cuota, pero no ambos.</translation>
    </message>
    <message>
        <source>Give the number of installments or the installment amount.</source>
        <translation>Indique el número de cuotas o el importe de la cuota.</translation>
    </message>
    <message>
        <source>A down payment date was given without a down payment amount.</source>
        <translation>Se indicó una fecha de pago inicial sin el importe del pago inicial.</translation>
    </message>
    <message>
        <source>The down payment must be due before the first installment ({due}).</source>
        <translation>El pago inicial debe vencer antes de la primera cuota ({due}).</translation>
    </message>
    <message>
        <source>Only a balance above zero can be settled.</source>
        <translation>Solo se puede liquidar un saldo mayor que cero.</translation>
    </message>
    <message>
        <source>Give the discount as a percentage or as an amount, not both.</source>
        <translation>Indique el descuento como porcentaje o como importe, pero no ambos.</translation>
    </message>
    <message>
        <source>The discount cannot be negative.</source>
        <translation>El descuento no puede ser negativo.</translation>
    </message>
    <message>
        <source>The discount must be less than the balance.</source>
        <translation>El descuento debe ser menor que el saldo.</translation>
    </message>
    <message>
        <source>Give the discount percentage as an exact number, not a float.</source>
        <translation>Indique el porcentaje de descuento como un número exacto, no como número de punto flotante.</translation>
    </message>
    <message>
        <source>“{value}” is not a percentage.</source>
        <translation>“{value}” no es un porcentaje.</translation>
    </message>
    <message>
        <source>The discount percentage must be at least 0 and less than 100.</source>
        <translation>El porcentaje de descuento debe ser igual o mayor que 0 y menor que 100.</translation>
    </message>
    <message>
        <source>Income and expenses cannot be negative.</source>
        <translation>Los ingresos y los gastos no pueden ser negativos.</translation>
    </message>
    <message>
        <source>The installment of {installment} is below the office minimum of {minimum}.</source>
        <translation>La cuota de {installment} es inferior al mínimo de la oficina, que es {minimum}.</translation>
    </message>
    <message>
        <source>The plan runs {months} months, longer than the office limit of {limit} months.</source>
        <translation>El plan dura {months} meses, más que el límite de la oficina de {limit} meses.</translation>
    </message>
</context>
<context>
    <name>PostPaymentDialog</name>
    <message>
        <source>Check number</source>
        <translation>Número de cheque</translation>
    </message>
    <message>
        <source>Card: last 4 / authorization</source>
        <translation>Tarjeta: últimos 4 / autorización</translation>
    </message>
    <message>
        <source>Money order number</source>
        <translation>Número de giro postal</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>Referencia bancaria</translation>
    </message>
    <message>
        <source>Post payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Recibido el</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Método</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>&amp;Post payment</source>
        <translation>Registrar &amp;pago</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Credit after: {amount}</source>
        <translation>Saldo a favor tras el pago: {amount}</translation>
    </message>
    <message>
        <source>Balance after: {amount}</source>
        <translation>Saldo tras el pago: {amount}</translation>
    </message>
    <message>
        <source>Overpayment</source>
        <translation>Pago en exceso</translation>
    </message>
    <message>
        <source>{text} Post it anyway?</source>
        <translation>{text} ¿Registrarlo de todos modos?</translation>
    </message>
    <message>
        <source>Not posted. Correct the amount or confirm the credit.</source>
        <translation>No se registró. Corrija el importe o confirme el saldo a favor.</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>Record promise to pay</source>
        <translation>Registrar promesa de pago</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>ReportTableWidget</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>{period}  ·  Generated {when}</source>
        <translation>{period}  ·  Generado: {when}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>No hay nada que mostrar para este período.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Aging of balances</source>
        <translation>Antigüedad de saldos</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Cobros</translation>
    </message>
    <message>
        <source>Promises and payment plans</source>
        <translation>Promesas y planes de pagos</translation>
    </message>
    <message>
        <source>Recovery by month of placement</source>
        <translation>Recuperación por mes de asignación</translation>
    </message>
    <message>
        <source>Collector activity</source>
        <translation>Actividad de los gestores</translation>
    </message>
    <message>
        <source>Disputes and contact overrides</source>
        <translation>Disputas y autorizaciones especiales de contacto</translation>
    </message>
    <message>
        <source>Weekly management summary</source>
        <translation>Resumen semanal para supervisores</translation>
    </message>
    <message>
        <source>Total outstanding</source>
        <translation>Total pendiente</translation>
    </message>
    <message>
        <source>Accounts with a balance</source>
        <translation>Cuentas con saldo</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Más de 90 días</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Al {date}</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>Net collected</source>
        <translation>Cobro neto</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Promises made</source>
        <translation>Promesas hechas</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Promesas cumplidas</translation>
    </message>
    <message>
        <source>Kept rate</source>
        <translation>Tasa de cumplimiento</translation>
    </message>
    <message>
        <source>Active plans</source>
        <translation>Planes activos</translation>
    </message>
    <message>
        <source>Recovery rate by month of placement</source>
        <translation>Tasa de recuperación por mes de asignación</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>Tasa de recuperación</translation>
    </message>
    <message>
        <source>Overall recovery rate</source>
        <translation>Tasa de recuperación global</translation>
    </message>
    <message>
        <source>Placed {period}</source>
        <translation>Asignadas: {period}</translation>
    </message>
    <message>
        <source>Placed through {date}</source>
        <translation>Asignadas hasta el {date}</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Outbound attempts</source>
        <translation>Intentos salientes</translation>
    </message>
    <message>
        <source>Right-party contact rate</source>
        <translation>Tasa de contacto con el titular</translation>
    </message>
    <message>
        <source>Disputes received</source>
        <translation>Disputas recibidas</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>Disputas abiertas</translation>
    </message>
    <message>
        <source>Contact overrides</source>
        <translation>Autorizaciones especiales de contacto</translation>
    </message>
    <message>
        <source>Promise kept rate</source>
        <translation>Tasa de cumplimiento de promesas</translation>
    </message>
    <message>
        <source>Promises kept per week</source>
        <translation>Promesas cumplidas por semana</translation>
    </message>
    <message>
        <source>There is no report called “{name}”.</source>
        <translation>No existe ningún informe llamado “{name}”.</translation>
    </message>
    <message>
        <source>Aging cannot be shown as of a future date.</source>
        <translation>La antigüedad de saldos no se puede mostrar a una fecha futura.</translation>
    </message>
    <message>
        <source>The week cannot end in the future.</source>
        <translation>La semana no puede terminar en el futuro.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El período termina antes de empezar.</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: the disk is full.</source>
        <translation>No se pudo guardar el informe en {path}: el disco está lleno.</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: permission denied; choose a folder you may write to.</source>
        <translation>No se pudo guardar el informe en {path}: permiso denegado; elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: the disk is read-only.</source>
        <translation>No se pudo guardar el informe en {path}: el disco es de solo lectura.</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: the folder does not exist.</source>
        <translation>No se pudo guardar el informe en {path}: la carpeta no existe.</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: a folder of that name is in the way.</source>
        <translation>No se pudo guardar el informe en {path}: ya existe una carpeta con ese nombre.</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: {reason}.</source>
        <translation>No se pudo guardar el informe en {path}: {reason}.</translation>
    </message>
    <message>
        <source>Sheet {number}</source>
        <translation>Hoja {number}</translation>
    </message>
    <message>
        <source>History table</source>
        <translation>Tabla de historial</translation>
    </message>
    <message>
        <source>Creditor {id}</source>
        <translation>Acreedor {id}</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>All payments</source>
        <translation>Todos los pagos</translation>
    </message>
    <message>
        <source>Accounts placed on or before {date} with a balance above zero. Balances recomputed from the ledger entries effective on or before that date. Credit balances are listed separately and are not in the buckets.</source>
        <translation>Cuentas asignadas el {date} o antes, con saldo mayor que cero. Saldos recalculados a partir de los movimientos con fecha efectiva hasta ese día inclusive. Los saldos a favor se muestran aparte y no se incluyen en los tramos.</translation>
    </message>
    <message>
        <source>Accounts placed on or before {date} with a balance above zero. Current balances, as the accounts show them. Credit balances are listed separately and are not in the buckets.</source>
        <translation>Cuentas asignadas el {date} o antes, con saldo mayor que cero. Saldos actuales, tal como aparecen en las cuentas. Los saldos a favor se muestran aparte y no se incluyen en los tramos.</translation>
    </message>
    <message>
        <source>Aging by bucket</source>
        <translation>Antigüedad por tramo</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Credit balances</source>
        <translation>Saldos a favor</translation>
    </message>
    <message>
        <source>Overpaid accounts (a balance below zero); outside the buckets and the total.</source>
        <translation>Cuentas con pago en exceso (saldo menor que cero); fuera de los tramos y del total.</translation>
    </message>
    <message>
        <source>Aging by creditor</source>
        <translation>Antigüedad por acreedor</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>Acreedor</translation>
    </message>
    <message>
        <source>Aging by service type</source>
        <translation>Antigüedad por tipo de servicio</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <source>Reversals</source>
        <translation>Anulaciones</translation>
    </message>
    <message>
        <source>Payments by their effective date; a reversal (a returned check, a chargeback) dated in the period counts against the method, collector and creditor of its payment.</source>
        <translation>Pagos según su fecha efectiva; una anulación (un cheque devuelto, un contracargo) con fecha dentro del período se descuenta del método de pago, el gestor y el acreedor de su pago.</translation>
    </message>
    <message>
        <source>Collections summary</source>
        <translation>Resumen de cobros</translation>
    </message>
    <message>
        <source>Collections by payment method</source>
        <translation>Cobros por método de pago</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Collections by collector</source>
        <translation>Cobros por gestor</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Recibido por</translation>
    </message>
    <message>
        <source>Collections by creditor</source>
        <translation>Cobros por acreedor</translation>
    </message>
    <message>
        <source>Collections per week</source>
        <translation>Cobros por semana</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Payments (before reversals) in the seven days starting on each date.</source>
        <translation>Pagos (antes de anulaciones) en los siete días a partir de cada fecha.</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Amount promised</source>
        <translation>Importe prometido</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplidas</translation>
    </message>
    <message>
        <source>Amount kept</source>
        <translation>Importe cumplido</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Incumplidas</translation>
    </message>
    <message>
        <source>Amount broken</source>
        <translation>Importe incumplido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Promises to pay</source>
        <translation>Promesas de pago</translation>
    </message>
    <message>
        <source>Made: promises recorded in the period. Kept, broken, cancelled: promises resolved in the period. Kept rate = kept / (kept + broken).</source>
        <translation>Hechas: promesas registradas en el período. Cumplidas, incumplidas, canceladas: promesas resueltas en el período. Tasa de cumplimiento = cumplidas / (cumplidas + incumplidas).</translation>
    </message>
    <message>
        <source>Active now</source>
        <translation>Activos ahora</translation>
    </message>
    <message>
        <source>{status} in the period</source>
        <translation>{status} en el período</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Planes de pagos</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>Arranged</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Arranged: the total the debtors agreed to pay under those plans.</source>
        <translation>Acordado: el total que los deudores aceptaron pagar con esos planes.</translation>
    </message>
    <message>
        <source>Plan installments due in the period</source>
        <translation>Cuotas de planes que vencen en el período</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Received share</source>
        <translation>Porcentaje recibido</translation>
    </message>
    <message>
        <source>Installments falling due in the period on plans still running then; received is what has been paid towards them so far.</source>
        <translation>Cuotas que vencen en el período en planes todavía vigentes en ese momento; “recibido” es lo pagado hasta ahora por ellas.</translation>
    </message>
    <message>
        <source>Contacts by collector and day</source>
        <translation>Contactos por gestor y día</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Every contact but notes, on the office&apos;s local days.</source>
        <translation>Todos los contactos excepto las notas, según los días locales de la oficina.</translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation>Contactos por canal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Contacts by outcome</source>
        <translation>Contactos por resultado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation>Sin resultado</translation>
    </message>
    <message>
        <source>Right-party contacts</source>
        <translation>Contactos con el titular</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Outbound attempts are outbound calls and voicemails; a right-party contact is an attempt whose outcome was a conversation with the debtor.</source>
        <translation>Los intentos salientes son las llamadas salientes y los mensajes de voz; un contacto con el titular es un intento cuyo resultado fue una conversación con el deudor.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Disputas</translation>
    </message>
    <message>
        <source>Amount disputed</source>
        <translation>Importe en disputa</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Días abierta</translation>
    </message>
    <message>
        <source>What the debtor disputes</source>
        <translation>Lo que disputa el deudor</translation>
    </message>
    <message>
        <source>Disputes still open or waiting after the verification was sent, today.</source>
        <translation>Disputas que hoy siguen abiertas o en espera después de enviada la verificación.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Rules overridden</source>
        <translation>Reglas exceptuadas</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>Autorizado por</translation>
    </message>
    <message>
        <source>Contact by</source>
        <translation>Contacto por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Contacts the rules advised against, made with a manager&apos;s written permission; times in the office&apos;s time zone.</source>
        <translation>Contactos desaconsejados por las reglas, hechos con autorización escrita de un supervisor; horas en la zona horaria de la oficina.</translation>
    </message>
    <message>
        <source>Disputes received in the period</source>
        <translation>Disputas recibidas en el período</translation>
    </message>
    <message>
        <source>By where each dispute stands now.</source>
        <translation>Según el estado actual de cada disputa.</translation>
    </message>
    <message>
        <source>Disputes closed in the period</source>
        <translation>Disputas cerradas en el período</translation>
    </message>
    <message>
        <source>Amount owed by days past due</source>
        <translation>Importe adeudado por días de atraso</translation>
    </message>
    <message>
        <source>Placed in</source>
        <translation>Asignadas en</translation>
    </message>
    <message>
        <source>Amount placed</source>
        <translation>Importe asignado</translation>
    </message>
    <message>
        <source>Amount placed: charges, interest, fees and upward adjustments. Collected: payments less their reversals, to {date}.</source>
        <translation>Importe asignado: cargos, intereses, cargos por servicio y ajustes al alza. Cobrado: pagos menos sus anulaciones, hasta el {date}.</translation>
    </message>
    <message>
        <source>All collectors</source>
        <translation>Todos los gestores</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV para Excel (*.csv)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>I&amp;nforme:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Semana pasada</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>al</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Choose a report and a period, then press Show.</source>
        <translation>Elija un informe y un período, y luego pulse Mostrar.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>Exportar a &amp;Excel…</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Exportar a &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Calculando las cifras…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>{title} — {period}</source>
        <translation>{title} — {period}</translation>
    </message>
    <message>
        <source>{title}, {period}</source>
        <translation>{title}, {period}</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation>Guardando {path}…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Imported</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>The import is done and recorded in the office&apos;s history.</source>
        <translation>La importación terminó y quedó registrada en el historial de la oficina.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>These payments were not posted; post them by hand on the right account:</source>
        <translation>Estos pagos no se registraron; regístrelos a mano en la cuenta correcta:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The rows with problems are in {path}: fix them there and import that file again.</source>
        <translation>Las filas con problemas están en {path}: corríjalas allí e importe ese archivo de nuevo.</translation>
    </message>
    <message>
        <source>The settings were saved as the profile “{name}”.</source>
        <translation>La configuración se guardó como el perfil “{name}”.</translation>
    </message>
    <message>
        <source>The profile could not be saved: {why}</source>
        <translation>No se pudo guardar el perfil: {why}</translation>
    </message>
</context>
<context>
    <name>ReversePaymentDialog</name>
    <message>
        <source>Returned check (insufficient funds)</source>
        <translation>Cheque devuelto (fondos insuficientes)</translation>
    </message>
    <message>
        <source>Returned check (account closed)</source>
        <translation>Cheque devuelto (cuenta cerrada)</translation>
    </message>
    <message>
        <source>Card chargeback</source>
        <translation>Contracargo de tarjeta</translation>
    </message>
    <message>
        <source>ACH return</source>
        <translation>Devolución ACH</translation>
    </message>
    <message>
        <source>Posted in error</source>
        <translation>Registrado por error</translation>
    </message>
    <message>
        <source>Reverse payment</source>
        <translation>Anular pago</translation>
    </message>
    <message>
        <source>Why the payment did not stand</source>
        <translation>Por qué no se mantuvo el pago</translation>
    </message>
    <message>
        <source>Charge a returned-payment &amp;fee</source>
        <translation>Aplicar un cargo por pago &amp;devuelto</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Fee &amp;amount</source>
        <translation>&amp;Importe del cargo</translation>
    </message>
    <message>
        <source>&amp;Reverse payment</source>
        <translation>A&amp;nular pago</translation>
    </message>
    <message>
        <source>Say why the payment is reversed.</source>
        <translation>Indique por qué se anula el pago.</translation>
    </message>
    <message>
        <source>Reverse this payment? The balance goes back up and any installments or promises it paid open again. A reversal is a new ledger entry; the payment itself stays in the ledger.</source>
        <translation>¿Anular este pago? El saldo vuelve a subir y las cuotas o promesas que cubría quedan abiertas de nuevo. Una anulación es un nuevo asiento en los movimientos; el pago en sí permanece en los movimientos.</translation>
    </message>
    <message>
        <source>Not reversed.</source>
        <translation>No se anuló.</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Calendario de pagos</translation>
    </message>
    <message>
        <source>Check the dates and amounts with the debtor.</source>
        <translation>Confirme las fechas y los importes con el deudor.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>Pago inicial</translation>
    </message>
    <message>
        <source>Total {total} in {count} payments</source>
        <translation>Total {total} en {count} pagos</translation>
    </message>
    <message>
        <source>Total {total} in one payment</source>
        <translation>Total {total} en un solo pago</translation>
    </message>
</context>
<context>
    <name>SendLetterDialog</name>
    <message>
        <source>Send letter</source>
        <translation>Enviar carta</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <source>The debtor&apos;s language ({language})</source>
        <translation>Idioma del deudor ({language})</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>{amount} ({percent} % of the balance)</source>
        <translation>{amount} ({percent} % del saldo)</translation>
    </message>
    <message>
        <source>Settlement &amp;amount:</source>
        <translation>Importe de &amp;liquidación:</translation>
    </message>
    <message>
        <source>Offer &amp;ends on:</source>
        <translation>La oferta &amp;vence el:</translation>
    </message>
    <message>
        <source>By mail:</source>
        <translation>Por correo postal:</translation>
    </message>
    <message>
        <source>By email:</source>
        <translation>Por correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>Vista &amp;previa…</translation>
    </message>
    <message>
        <source>✔ allowed</source>
        <translation>✔ permitido</translation>
    </message>
    <message>
        <source>✖ not allowed — {reasons}</source>
        <translation>✖ no permitido — {reasons}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Oficina</translation>
    </message>
    <message>
        <source>Payment &amp;plans</source>
        <translation>&amp;Planes de pago</translation>
    </message>
    <message>
        <source>Le&amp;tters</source>
        <translation>Car&amp;tas</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>StatuteDialog</name>
    <message>
        <source>Statute of limitations</source>
        <translation>Plazo de prescripción</translation>
    </message>
    <message>
        <source>Years after the last payment (or the first delinquency when there was none) after which a debt is time-barred: letters then use the time-barred wording and never threaten a suit. These are common figures for written contracts; confirm them with your attorney.</source>
        <translation>Años desde el último pago (o desde el primer incumplimiento, si no hubo pagos) tras los cuales una deuda queda prescrita: a partir de entonces, las cartas usan la redacción para deudas prescritas y nunca amenazan con una demanda. Son cifras habituales para contratos escritos; confírmelas con su abogado.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Years to sue</source>
        <translation>Años para demandar</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>&amp;Reset all to defaults</source>
        <translation>&amp;Restablecer todos los valores predeterminados</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Years to sue in {state}</source>
        <translation>Años para demandar en {state}</translation>
    </message>
    <message>
        <source>The office&apos;s own figure</source>
        <translation>Cifra propia de la oficina</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>{path} is in use by another program. Close it and try again.</source>
        <translation>{path} está en uso por otro programa. Ciérrelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>El disco está lleno. Libere espacio e inténtelo de nuevo; no se cambió nada.</translation>
    </message>
    <message>
        <source>CollectorPro may not write to {path}. Check the file&apos;s permissions.</source>
        <translation>CollectorPro no tiene permiso para escribir en {path}. Compruebe los permisos del archivo.</translation>
    </message>
    <message>
        <source>{path} is damaged or is not a CollectorPro database.</source>
        <translation>{path} está dañado o no es una base de datos de CollectorPro.</translation>
    </message>
    <message>
        <source>{path} could not be opened. Check that the folder exists and is writable.</source>
        <translation>No se pudo abrir {path}. Compruebe que la carpeta exista y que se pueda escribir en ella.</translation>
    </message>
    <message>
        <source>{path} could not be used: {problem}</source>
        <translation>No se pudo usar {path}: {problem}</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>One payment</source>
        <translation>Un solo pago</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>&amp;Vence el</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <source>&amp;Down payment</source>
        <translation>Pago &amp;inicial</translation>
    </message>
    <message>
        <source>due</source>
        <translation>vence</translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translation>&amp;Frecuencia</translation>
    </message>
    <message>
        <source>First &amp;installment due</source>
        <translation>Vencimiento de la primera c&amp;uota</translation>
    </message>
    <message>
        <source>Number of &amp;payments</source>
        <translation>Número de &amp;pagos</translation>
    </message>
    <message>
        <source>Amount of each pa&amp;yment</source>
        <translation>I&amp;mporte de cada pago</translation>
    </message>
    <message>
        <source>&amp;Affordability (optional)</source>
        <translation>&amp;Capacidad de pago (opcional)</translation>
    </message>
    <message>
        <source>Monthly &amp;income</source>
        <translation>I&amp;ngresos mensuales</translation>
    </message>
    <message>
        <source>Monthly &amp;expenses</source>
        <translation>Gas&amp;tos mensuales</translation>
    </message>
    <message>
        <source>The down payment must be more than zero.</source>
        <translation>El pago inicial debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>{count} payments of {each}, the last {last}</source>
        <translation>{count} pagos de {each}, el último de {last}</translation>
    </message>
    <message>
        <source>{count} payments of {each}</source>
        <translation>{count} pagos de {each}</translation>
    </message>
    <message>
        <source>Enter the monthly income and expenses.</source>
        <translation>Escriba los ingresos y gastos mensuales.</translation>
    </message>
    <message>
        <source>Suggested most per payment: {amount}</source>
        <translation>Máximo sugerido por pago: {amount}</translation>
    </message>
    <message>
        <source>Each payment of {each} is more than the {most} the debtor can likely afford.</source>
        <translation>Cada pago de {each} supera los {most} que probablemente puede pagar el deudor.</translation>
    </message>
</context>
<context>
    <name>TimeZones</name>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>Eastern</source>
        <translation>Este</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Mountain</source>
        <translation>Montaña</translation>
    </message>
    <message>
        <source>Arizona</source>
        <translation>Arizona</translation>
    </message>
    <message>
        <source>Pacific</source>
        <translation>Pacífico</translation>
    </message>
    <message>
        <source>Alaska</source>
        <translation>Alaska</translation>
    </message>
    <message>
        <source>Aleutian</source>
        <translation>Aleutianas</translation>
    </message>
    <message>
        <source>Hawaii</source>
        <translation>Hawái</translation>
    </message>
    <message>
        <source>“{name}” is not a known time zone.</source>
        <translation>“{name}” no es una zona horaria conocida.</translation>
    </message>
    <message>
        <source>{hour}:{minute} am</source>
        <translation>{hour}:{minute} a. m.</translation>
    </message>
    <message>
        <source>{hour}:{minute} pm</source>
        <translation>{hour}:{minute} p. m.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>on {weekday}, {month} {day}</source>
        <translation>el {weekday}, {day} de {month}</translation>
    </message>
    <message>
        <source>on {weekday}, {month} {day}, {year}</source>
        <translation>el {weekday}, {day} de {month} de {year}</translation>
    </message>
</context>
<context>
    <name>UsStates</name>
    <message>
        <source>Alabama</source>
        <translation>Alabama</translation>
    </message>
    <message>
        <source>Alaska</source>
        <translation>Alaska</translation>
    </message>
    <message>
        <source>Arizona</source>
        <translation>Arizona</translation>
    </message>
    <message>
        <source>Arkansas</source>
        <translation>Arkansas</translation>
    </message>
    <message>
        <source>California</source>
        <translation>California</translation>
    </message>
    <message>
        <source>Colorado</source>
        <translation>Colorado</translation>
    </message>
    <message>
        <source>Connecticut</source>
        <translation>Connecticut</translation>
    </message>
    <message>
        <source>Delaware</source>
        <translation>Delaware</translation>
    </message>
    <message>
        <source>District of Columbia</source>
        <translation>Distrito de Columbia</translation>
    </message>
    <message>
        <source>Florida</source>
        <translation>Florida</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <source>Hawaii</source>
        <translation>Hawái</translation>
    </message>
    <message>
        <source>Idaho</source>
        <translation>Idaho</translation>
    </message>
    <message>
        <source>Illinois</source>
        <translation>Illinois</translation>
    </message>
    <message>
        <source>Indiana</source>
        <translation>Indiana</translation>
    </message>
    <message>
        <source>Iowa</source>
        <translation>Iowa</translation>
    </message>
    <message>
        <source>Kansas</source>
        <translation>Kansas</translation>
    </message>
    <message>
        <source>Kentucky</source>
        <translation>Kentucky</translation>
    </message>
    <message>
        <source>Louisiana</source>
        <translation>Luisiana</translation>
    </message>
    <message>
        <source>Maine</source>
        <translation>Maine</translation>
    </message>
    <message>
        <source>Maryland</source>
        <translation>Maryland</translation>
    </message>
    <message>
        <source>Massachusetts</source>
        <translation>Massachusetts</translation>
    </message>
    <message>
        <source>Michigan</source>
        <translation>Michigan</translation>
    </message>
    <message>
        <source>Minnesota</source>
        <translation>Minnesota</translation>
    </message>
    <message>
        <source>Mississippi</source>
        <translation>Misisipi</translation>
    </message>
    <message>
        <source>Missouri</source>
        <translation>Misuri</translation>
    </message>
    <message>
        <source>Montana</source>
        <translation>Montana</translation>
    </message>
    <message>
        <source>Nebraska</source>
        <translation>Nebraska</translation>
    </message>
    <message>
        <source>Nevada</source>
        <translation>Nevada</translation>
    </message>
    <message>
        <source>New Hampshire</source>
        <translation>Nuevo Hampshire</translation>
    </message>
    <message>
        <source>New Jersey</source>
        <translation>Nueva Jersey</translation>
    </message>
    <message>
        <source>New Mexico</source>
        <translation>Nuevo México</translation>
    </message>
    <message>
        <source>New York</source>
        <translation>Nueva York</translation>
    </message>
    <message>
        <source>North Carolina</source>
        <translation>Carolina del Norte</translation>
    </message>
    <message>
        <source>North Dakota</source>
        <translation>Dakota del Norte</translation>
    </message>
    <message>
        <source>Ohio</source>
        <translation>Ohio</translation>
    </message>
    <message>
        <source>Oklahoma</source>
        <translation>Oklahoma</translation>
    </message>
    <message>
        <source>Oregon</source>
        <translation>Oregón</translation>
    </message>
    <message>
        <source>Pennsylvania</source>
        <translation>Pensilvania</translation>
    </message>
    <message>
        <source>Rhode Island</source>
        <translation>Rhode Island</translation>
    </message>
    <message>
        <source>South Carolina</source>
        <translation>Carolina del Sur</translation>
    </message>
    <message>
        <source>South Dakota</source>
        <translation>Dakota del Sur</translation>
    </message>
    <message>
        <source>Tennessee</source>
        <translation>Tennessee</translation>
    </message>
    <message>
        <source>Texas</source>
        <translation>Texas</translation>
    </message>
    <message>
        <source>Utah</source>
        <translation>Utah</translation>
    </message>
    <message>
        <source>Vermont</source>
        <translation>Vermont</translation>
    </message>
    <message>
        <source>Virginia</source>
        <translation>Virginia</translation>
    </message>
    <message>
        <source>Washington</source>
        <translation>Washington</translation>
    </message>
    <message>
        <source>West Virginia</source>
        <translation>Virginia Occidental</translation>
    </message>
    <message>
        <source>Wisconsin</source>
        <translation>Wisconsin</translation>
    </message>
    <message>
        <source>Wyoming</source>
        <translation>Wyoming</translation>
    </message>
</context>
<context>
    <name>VerificationSentDialog</name>
    <message>
        <source>Verification sent</source>
        <translation>Verificación enviada</translation>
    </message>
    <message>
        <source>&amp;Mailed on</source>
        <translation>&amp;Enviada por correo el</translation>
    </message>
    <message>
        <source>Use this for a verification mailed outside CollectorPro. The usual way is Send letter → Dispute verification letter, which records it by itself. Collection may resume once the verification is mailed.</source>
        <translation>Use esto para una verificación enviada por correo fuera de CollectorPro. Lo habitual es Enviar carta → Carta de verificación de disputa, que la registra automáticamente. El cobro puede reanudarse una vez enviada la verificación por correo.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to CollectorPro</source>
        <translation>Bienvenido a CollectorPro</translation>
    </message>
    <message>
        <source>Tell CollectorPro about your office to start. Everything here can be changed later under Office ▸ Settings.</source>
        <translation>Para empezar, indique a CollectorPro los datos de su oficina. Todo lo que escriba aquí se puede cambiar después en Oficina ▸ Configuración.</translation>
    </message>
    <message>
        <source>As it should head your letters</source>
        <translation>Tal como debe aparecer en el encabezado de sus cartas</translation>
    </message>
    <message>
        <source>Street and suite</source>
        <translation>Calle, número y oficina</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Optional: a picture for the top of your letters</source>
        <translation>Opcional: una imagen para la parte superior de sus cartas</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>We are a collection agency (the federal debt collection rules apply as law)</source>
        <translation>Somos una agencia de cobranza (las normas federales de cobro de deudas se aplican como ley)</translation>
    </message>
    <message>
        <source>We collect our own bills (the rules apply as good practice; CollectorPro still keeps to them)</source>
        <translation>Cobramos nuestras propias facturas (las normas se aplican como buena práctica; CollectorPro las sigue igualmente)</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>Su oficina</translation>
    </message>
    <message>
        <source>Office &amp;name</source>
        <translation>&amp;Nombre de la oficina</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;City, state, ZIP</source>
        <translation>C&amp;iudad, estado, código postal</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>Co&amp;rreo electrónico</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logotipo</translation>
    </message>
    <message>
        <source>Who you collect for</source>
        <translation>Para quién cobra</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Su nombre completo</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Your na&amp;me</source>
        <translation>Su no&amp;mbre</translation>
    </message>
    <message>
        <source>You will be the office manager. You can add your collectors afterwards.</source>
        <translation>Usted será el supervisor de la oficina. Después podrá agregar a sus gestores de cobros.</translation>
    </message>
    <message>
        <source>E&amp;xplore the demo office</source>
        <translation>E&amp;xplorar la oficina de demostración</translation>
    </message>
    <message>
        <source>Not ready yet? Look around a made-up office with {count} accounts. It is kept in a file of its own, apart from your office.</source>
        <translation>¿Aún no está listo? Explore una oficina ficticia con {count} cuentas. Se guarda en un archivo propio, separado de su oficina.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Set up my office</source>
        <translation>&amp;Configurar mi oficina</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>“{zip}” is not a ZIP code, like 12207.</source>
        <translation>“{zip}” no es un código postal válido (por ejemplo, 12207).</translation>
    </message>
    <message>
        <source>Choose whether you collect for others or collect your own bills.</source>
        <translation>Elija si cobra por cuenta de otros o cobra sus propias facturas.</translation>
    </message>
    <message>
        <source>Building the demo office…</source>
        <translation>Creando la oficina de demostración…</translation>
    </message>
    <message>
        <source>Stopping; the demo office will not be kept…</source>
        <translation>Deteniendo; la oficina de demostración no se conservará…</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Something went wrong and the work stopped ({error}). Nothing was recorded; the details are in the log file.</source>
        <translation>Se produjo un error y el trabajo se detuvo ({error}). No se registró nada; los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>Due today</source>
        <translation>Vencen hoy</translation>
    </message>
    <message>
        <source>Broken promises and missed installments</source>
        <translation>Promesas incumplidas y cuotas no pagadas</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>New, never contacted</source>
        <translation>Nuevas, nunca contactadas</translation>
    </message>
    <message>
        <source>Everything else, by priority</source>
        <translation>Todo lo demás, por prioridad</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <source>Since last contact</source>
        <translation>Desde el último contacto</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Promesas cumplidas</translation>
    </message>
    <message>
        <source>Promise of {amount} due today</source>
        <translation>Promesa de {amount} vence hoy</translation>
    </message>
    <message>
        <source>Installment {number} of {amount} due today</source>
        <translation>Cuota n.º {number} por {amount} vence hoy</translation>
    </message>
    <message>
        <source>Promise of {amount} broken</source>
        <translation>Promesa de {amount} incumplida</translation>
    </message>
    <message>
        <source>Installment {number} of {amount} missed</source>
        <translation>Cuota n.º {number} por {amount} no pagada</translation>
    </message>
    <message>
        <source>Follow-up set for {date}</source>
        <translation>Seguimiento programado para el {date}</translation>
    </message>
    <message>
        <source>New account, never contacted</source>
        <translation>Cuenta nueva, nunca contactada</translation>
    </message>
    <message>
        <source>Priority {score}</source>
        <translation>Prioridad {score}</translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Only my accounts</source>
        <translation>Solo mis cuentas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Building today&apos;s worklist…</source>
        <translation>Preparando la lista de trabajo de hoy…</translation>
    </message>
    <message>
        <source>Not to be called right now</source>
        <translation>No se puede llamar en este momento</translation>
    </message>
    <message>
        <source>{title} ({n} of {total})</source>
        <translation>{title} ({n} de {total})</translation>
    </message>
    <message>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <source>Today — {n} accounts to work</source>
        <translation>Hoy — {n} cuentas por gestionar</translation>
    </message>
    <message>
        <source>{held} more may not be called right now (listed last, with the time).</source>
        <translation>{held} más no se pueden llamar en este momento (al final de la lista, con la hora).</translation>
    </message>
    <message>
        <source>{name} {points}</source>
        <translation>{name} {points}</translation>
    </message>
    <message>
        <source>Priority {score:g} = {parts}</source>
        <translation>Prioridad {score:g} = {parts}</translation>
    </message>
</context>
<context>
    <name>_ContactDialog</name>
    <message>
        <source>Where this came from: the debtor, a skip trace…</source>
        <translation>De dónde proviene: el deudor, una búsqueda de localización (skip trace)…</translation>
    </message>
</context>
</TS>
