<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US">
<context>
    <name>JournalReplayer</name>
    <message>
        <source>replaying unit status changes is not supported yet</source>
        <translation>todavía no se pueden reenviar los cambios de estado de las unidades</translation>
    </message>
    <message>
        <source>journal entry %1 is not a readable decision</source>
        <translation>la entrada %1 del registro no es una decisión legible</translation>
    </message>
    <message>
        <source>journal entry %1 is not a readable unit status change</source>
        <translation>la entrada %1 del registro no es un cambio de estado de unidad legible</translation>
    </message>
    <message>
        <source>unit %1 status %2 kept for later</source>
        <translation>estado %2 de la unidad %1 guardado para más tarde</translation>
    </message>
    <message>
        <source>unit %1 status %2 kept for later: %3</source>
        <translation>estado %2 de la unidad %1 guardado para más tarde: %3</translation>
    </message>
    <message>
        <source>journal entry %1 is not readable screening answers</source>
        <translation>la entrada %1 del registro no contiene respuestas de evaluación legibles</translation>
    </message>
    <message>
        <source>screening answers for call %1 kept for later: replaying them is not supported here</source>
        <translation>respuestas de evaluación de la llamada %1 guardadas para más tarde: aquí no se pueden reenviar</translation>
    </message>
</context>
<context>
    <name>LocalCluster</name>
    <message>
        <source>could not write %1: %2</source>
        <translation>no se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>RIGHTRESPONSE_PG_BINDIR=%1</source>
        <translation>RIGHTRESPONSE_PG_BINDIR=%1</translation>
    </message>
    <message>
        <source>pg_config --bindir and /usr/lib/postgresql/*/bin</source>
        <translation>pg_config --bindir y /usr/lib/postgresql/*/bin</translation>
    </message>
    <message>
        <source>PostgreSQL server programs (initdb, pg_ctl, postgres) not found in %1; install the postgresql package or set RIGHTRESPONSE_PG_BINDIR</source>
        <translation>no se encontraron los programas del servidor PostgreSQL (initdb, pg_ctl, postgres) en %1; instale el paquete postgresql o defina RIGHTRESPONSE_PG_BINDIR</translation>
    </message>
    <message>
        <source>The local database is already running (%1).</source>
        <translation>La base de datos local ya está en marcha (%1).</translation>
    </message>
    <message>
        <source>Started the local database in %1 (socket %2, port %3).</source>
        <translation>Base de datos local iniciada en %1 (socket %2, puerto %3).</translation>
    </message>
    <message>
        <source>the database server account &quot;%1&quot; cannot reach %2 because it may not enter %3; choose another data directory (RIGHTRESPONSE_DATA_DIR) or allow it in (chmod o+x %3)</source>
        <translation>la cuenta del servidor de base de datos &quot;%1&quot; no puede llegar a %2 porque no puede entrar en %3; elija otro directorio de datos (RIGHTRESPONSE_DATA_DIR) o permita la entrada (chmod o+x %3)</translation>
    </message>
    <message>
        <source>could not create the database directory %1</source>
        <translation>no se pudo crear el directorio de la base de datos %1</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no PostgreSQL cluster; choose a new or empty directory</source>
        <translation>%1 no está vacío y no contiene ningún clúster de PostgreSQL; elija un directorio nuevo o vacío</translation>
    </message>
    <message>
        <source>could not create the database cluster in %1: %2</source>
        <translation>no se pudo crear el clúster de base de datos en %1: %2</translation>
    </message>
    <message>
        <source>could not update %1: %2</source>
        <translation>no se pudo actualizar %1: %2</translation>
    </message>
    <message>
        <source>Created a new database cluster in %1.</source>
        <translation>Se creó un clúster de base de datos nuevo en %1.</translation>
    </message>
    <message>
        <source>%1 is not a directory; remove it so the database can put its socket there</source>
        <translation>%1 no es un directorio; elimínelo para que la base de datos pueda poner ahí su socket</translation>
    </message>
    <message>
        <source>could not create the socket directory %1</source>
        <translation>no se pudo crear el directorio del socket %1</translation>
    </message>
    <message>
        <source>the socket directory %1 belongs to another user; remove it</source>
        <translation>el directorio del socket %1 pertenece a otro usuario; elimínelo</translation>
    </message>
    <message>
        <source>could not remove the stale lock file %1</source>
        <translation>no se pudo eliminar el archivo de bloqueo obsoleto %1</translation>
    </message>
    <message>
        <source>Removed a stale postmaster.pid (pid %1) left by a server that did not shut down.</source>
        <translation>Se eliminó un postmaster.pid obsoleto (pid %1) que dejó un servidor que no se apagó bien.</translation>
    </message>
    <message>
        <source>processes of a previous database server (pid %1) are still running in %2; end them and start again</source>
        <translation>siguen en marcha procesos de un servidor de base de datos anterior (pid %1) en %2; termínelos y vuelva a empezar</translation>
    </message>
    <message>
        <source>no free port between %1 and %2 for the local database</source>
        <translation>no hay ningún puerto libre entre %1 y %2 para la base de datos local</translation>
    </message>
    <message>
        <source>the database server did not start: %1; server log: %2</source>
        <translation>el servidor de base de datos no arrancó: %1; registro del servidor: %2</translation>
    </message>
    <message>
        <source>could not connect to the local database: %1</source>
        <translation>no se pudo conectar con la base de datos local: %1</translation>
    </message>
    <message>
        <source>could not list the databases: %1</source>
        <translation>no se pudieron listar las bases de datos: %1</translation>
    </message>
    <message>
        <source>could not create the database %1: %2</source>
        <translation>no se pudo crear la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The local database is not running.</source>
        <translation>La base de datos local no está en marcha.</translation>
    </message>
    <message>
        <source>PostgreSQL server programs (pg_ctl) not found; cannot stop the local database</source>
        <translation>no se encontraron los programas del servidor PostgreSQL (pg_ctl); no se puede detener la base de datos local</translation>
    </message>
    <message>
        <source>Stopped the local database.</source>
        <translation>Base de datos local detenida.</translation>
    </message>
    <message>
        <source>the database server did not stop within %1 s: %2</source>
        <translation>el servidor de base de datos no se detuvo en %1 s: %2</translation>
    </message>
    <message>
        <source>not initialised: no database cluster in %1 yet (created on first start)</source>
        <translation>sin inicializar: todavía no hay clúster de base de datos en %1 (se crea al primer arranque)</translation>
    </message>
    <message>
        <source>stopped: database cluster in %1, port %2</source>
        <translation>detenida: clúster de base de datos en %1, puerto %2</translation>
    </message>
    <message>
        <source>running: database cluster in %1, pid %2, socket %3, port %4, user %5</source>
        <translation>en marcha: clúster de base de datos en %1, pid %2, socket %3, puerto %4, usuario %5</translation>
    </message>
    <message>
        <source>(no log at %1)</source>
        <translation>(no hay registro en %1)</translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>cannot sync the directory %1: %2</source>
        <translation>no se puede sincronizar el directorio %1: %2</translation>
    </message>
    <message>
        <source>cannot create the journal directory %1: %2</source>
        <translation>no se puede crear el directorio del registro %1: %2</translation>
    </message>
    <message>
        <source>the offline journal %1 is in use by another program (pid %2)</source>
        <translation>otro programa (pid %2) está usando el registro sin conexión %1</translation>
    </message>
    <message>
        <source>cannot open the offline journal %1: %2</source>
        <translation>no se puede abrir el registro sin conexión %1: %2</translation>
    </message>
    <message>
        <source>cannot sync the offline journal %1: %2</source>
        <translation>no se puede sincronizar el registro sin conexión %1: %2</translation>
    </message>
    <message>
        <source>cannot read the offline journal %1: %2</source>
        <translation>no se puede leer el registro sin conexión %1: %2</translation>
    </message>
    <message>
        <source>line %1 of the offline journal was incomplete (the program stopped while writing it) and was ignored</source>
        <translation>la línea %1 del registro sin conexión estaba incompleta (el programa se detuvo mientras la escribía) y se ignoró</translation>
    </message>
    <message>
        <source>line %1 of the offline journal is unreadable and was skipped: %2</source>
        <translation>la línea %1 del registro sin conexión no se puede leer y se omitió: %2</translation>
    </message>
    <message>
        <source>cannot repair the offline journal %1</source>
        <translation>no se puede reparar el registro sin conexión %1</translation>
    </message>
    <message>
        <source>line %1 of the offline journal completes an unknown entry %2</source>
        <translation>la línea %1 del registro sin conexión completa una entrada desconocida %2</translation>
    </message>
    <message>
        <source>line %1 of the offline journal repeats entry %2 and was skipped</source>
        <translation>la línea %1 del registro sin conexión repite la entrada %2 y se omitió</translation>
    </message>
    <message>
        <source>the offline journal is not open</source>
        <translation>el registro sin conexión no está abierto</translation>
    </message>
    <message>
        <source>cannot write the offline journal %1: %2</source>
        <translation>no se puede escribir en el registro sin conexión %1: %2</translation>
    </message>
    <message>
        <source>the offline journal has no pending entry %1</source>
        <translation>el registro sin conexión no tiene ninguna entrada pendiente %1</translation>
    </message>
    <message>
        <source>the offline journal %1 could not be emptied: %2</source>
        <translation>no se pudo vaciar el registro sin conexión %1: %2</translation>
    </message>
    <message>
        <source>cannot rewrite the offline journal %1: %2</source>
        <translation>no se puede reescribir el registro sin conexión %1: %2</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>[options]</source>
        <translation>[opciones]</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>TRAINING — session %1 — RightResponse</source>
        <translation>CAPACITACIÓN — sesión %1 — RightResponse</translation>
    </message>
    <message>
        <source>The review window is for supervisors and administrators; %1 is signed in without that role.</source>
        <translation>La ventana de revisión es para supervisores y administradores; %1 inició sesión sin ese rol.</translation>
    </message>
    <message>
        <source>Connected as %1 (%2)</source>
        <translation>Conectado como %1 (%2)</translation>
    </message>
    <message>
        <source>The review could not check this login&apos;s role: %1</source>
        <translation>La revisión no pudo comprobar el rol de este usuario: %1</translation>
    </message>
    <message>
        <source>The review window is for shift supervisors. This login (%1) is a %2: it may not see other dispatchers&apos; decisions or record reviews. Ask a supervisor, or sign in with a supervisor&apos;s login.</source>
        <translation>La ventana de revisión es para supervisores de turno. Este usuario (%1) es %2: no puede ver las decisiones de otros despachadores ni registrar revisiones. Pida ayuda a un supervisor o inicie sesión con un usuario de supervisor.</translation>
    </message>
    <message>
        <source>The trainer window could not check this login&apos;s role: %1</source>
        <translation>La ventana de instructores no pudo comprobar el rol de este usuario: %1</translation>
    </message>
    <message>
        <source>The trainer window is for trainers. This login (%1) is not a trainer: ask an administrator (rightresponse-cli staff set-role %1 trainer), or sign in with a trainer&apos;s login.</source>
        <translation>La ventana de instructores es para instructores. Este usuario (%1) no es instructor: pídaselo a un administrador (rightresponse-cli staff set-role %1 trainer) o inicie sesión con un usuario de instructor.</translation>
    </message>
    <message>
        <source>New information (e.g. a weapon)</source>
        <translation>Información nueva (p. ej., un arma)</translation>
    </message>
    <message>
        <source>Caller request</source>
        <translation>Petición de quien llama</translation>
    </message>
    <message>
        <source>No unit of that kind free</source>
        <translation>No hay unidad libre de ese tipo</translation>
    </message>
    <message>
        <source>Safety history at the address</source>
        <translation>Antecedentes de peligro en la dirección</translation>
    </message>
    <message>
        <source>Supervisor direction</source>
        <translation>Indicación del supervisor</translation>
    </message>
    <message>
        <source>Other (note required)</source>
        <translation>Otro (nota obligatoria)</translation>
    </message>
    <message>
        <source>RightResponse — TRAINING — %1</source>
        <translation>RightResponse — CAPACITACIÓN — %1</translation>
    </message>
    <message>
        <source>RightResponse — trainers&apos; sign-in</source>
        <translation>RightResponse — inicio de sesión de instructores</translation>
    </message>
    <message>
        <source>The trainers&apos; window is for trainers and administrators; %1 is signed in without that role.</source>
        <translation>La ventana de instructores es para instructores y administradores; %1 inició sesión sin ese rol.</translation>
    </message>
</context>
<context>
    <name>ServerAccount</name>
    <message>
        <source>could not create the system account &quot;%1&quot; for the database server: %2</source>
        <translation>no se pudo crear la cuenta del sistema &quot;%1&quot; para el servidor de base de datos: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 no terminó en %2 s</translation>
    </message>
    <message>
        <source>could not give %1 to the account &quot;%2&quot;: %3</source>
        <translation>no se pudo dar %1 a la cuenta &quot;%2&quot;: %3</translation>
    </message>
</context>
<context>
    <name>StaffStore</name>
    <message>
        <source>only an administrator (a member of rr_admin) may manage staff: %1</source>
        <translation>solo un administrador (miembro de rr_admin) puede gestionar el personal: %1</translation>
    </message>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation>una contraseña necesita al menos %1 caracteres</translation>
    </message>
    <message>
        <source>a password cannot be only spaces</source>
        <translation>una contraseña no puede ser solo espacios</translation>
    </message>
    <message>
        <source>the password cannot be the staff ID</source>
        <translation>la contraseña no puede ser el ID de personal</translation>
    </message>
    <message>
        <source>could not hash the password: %1</source>
        <translation>no se pudo cifrar la contraseña: %1</translation>
    </message>
    <message>
        <source>the database did not say who is signed in</source>
        <translation>la base de datos no indicó quién inició sesión</translation>
    </message>
</context>
<context>
    <name>TrainingScoreStore</name>
    <message>
        <source>training scores are for trainers, supervisors and administrators; %1 may not %2 them</source>
        <translation>las puntuaciones de capacitación son para instructores, supervisores y administradores; %1 no puede %2las</translation>
    </message>
    <message>
        <source>session %1 cannot be scored: %2</source>
        <translation>la sesión %1 no se puede puntuar: %2</translation>
    </message>
    <message>
        <source>the sandbox of %1 cannot be read: %2</source>
        <translation>no se puede leer el entorno aislado de %1: %2</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>record</source>
        <translation>registrar</translation>
    </message>
</context>
<context>
    <name>TrainingSessionStore</name>
    <message>
        <source>only a trainer (a member of rr_trainer) may run training sessions: %1</source>
        <translation>solo un instructor (miembro de rr_trainer) puede dirigir sesiones de capacitación: %1</translation>
    </message>
    <message>
        <source>the scenario has no name</source>
        <translation>el escenario no tiene nombre</translation>
    </message>
    <message>
        <source>the scenario&apos;s version must be 1 or more, got %1</source>
        <translation>la versión del escenario debe ser 1 o más; se recibió %1</translation>
    </message>
    <message>
        <source>the scenario %1 has no calls</source>
        <translation>el escenario %1 no tiene llamadas</translation>
    </message>
    <message>
        <source>the speed must be from %1x to %2x, got %3</source>
        <translation>la velocidad debe estar entre %1x y %2x; se recibió %3</translation>
    </message>
    <message>
        <source>a session needs at least one trainee</source>
        <translation>una sesión necesita al menos un aprendiz</translation>
    </message>
    <message>
        <source>an empty trainee ID</source>
        <translation>un ID de aprendiz vacío</translation>
    </message>
    <message>
        <source>the trainee %1 is named twice</source>
        <translation>el aprendiz %1 aparece dos veces</translation>
    </message>
    <message>
        <source>call %1 of the scenario has no CAD id</source>
        <translation>la llamada %1 del escenario no tiene ID de CAD</translation>
    </message>
    <message>
        <source>the CAD id %1 is in the scenario twice</source>
        <translation>el ID de CAD %1 aparece dos veces en el escenario</translation>
    </message>
    <message>
        <source>call %1 (%2) comes before the call ahead of it: offsets must not decrease</source>
        <translation>la llamada %1 (%2) va antes que la llamada anterior: los desfases no pueden disminuir</translation>
    </message>
    <message>
        <source>the sandbox of %1: %2</source>
        <translation>el entorno aislado de %1: %2</translation>
    </message>
    <message>
        <source>there is no training session %1</source>
        <translation>no existe la sesión de capacitación %1</translation>
    </message>
    <message>
        <source>call %1 was not released everywhere: %2</source>
        <translation>la llamada %1 no se liberó en todas partes: %2</translation>
    </message>
</context>
<context>
    <name>rr::AnnotationPanel</name>
    <message>
        <source>Save review (Ctrl+Enter)</source>
        <translation>Guardar revisión (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>✔ &amp;Appropriate</source>
        <translation>✔ &amp;Adecuada</translation>
    </message>
    <message>
        <source>✖ &amp;Not appropriate</source>
        <translation>✖ &amp;No adecuada</translation>
    </message>
    <message>
        <source>✎ &amp;Training needed</source>
        <translation>✎ Necesita &amp;capacitación</translation>
    </message>
    <message>
        <source>Mark this decision: %1</source>
        <translation>Calificar esta decisión: %1</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Comentario de la revisión</translation>
    </message>
    <message>
        <source>Feedback for the dispatcher, stored with the review</source>
        <translation>Comentarios para el despachador, guardados con la revisión</translation>
    </message>
    <message>
        <source>Comment for the dispatcher and the training file</source>
        <translation>Nota para el despachador</translation>
    </message>
    <message>
        <source>Store this review; reviews are never changed afterwards</source>
        <translation>Guardar esta revisión; las revisiones nunca se modifican después</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Revisión de %1</translation>
    </message>
    <message>
        <source>No decision open</source>
        <translation>No hay ninguna decisión abierta</translation>
    </message>
    <message>
        <source>Choose a verdict first: appropriate, not appropriate or training needed.</source>
        <translation>Elija primero una calificación: adecuada, no adecuada o necesita capacitación.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>✔ Review saved.</source>
        <translation>✔ Revisión guardada.</translation>
    </message>
    <message>
        <source>✖ Not saved: %1</source>
        <translation>✖ No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>rr::CallDetailView</name>
    <message>
        <source>Call detail</source>
        <translation>Detalle de la llamada</translation>
    </message>
    <message>
        <source>The selected call: its text with the words that fired a rule marked, the suggestion, its reasons and the unit to send</source>
        <translation>La llamada seleccionada: su texto con las palabras que activaron una regla marcadas, la sugerencia, sus motivos y la unidad que se debe enviar</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Select a call to see the suggestion and its reasons.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Seleccione una llamada para ver la sugerencia y sus motivos.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Decided:&lt;/b&gt; %1 by %2 at %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Decidida:&lt;/b&gt; %1 por %2 a las %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recommended unit&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Unidad recomendada&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Earlier calls at this address&lt;/h3&gt;&lt;p&gt;&lt;i&gt;loading…&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Llamadas anteriores en esta dirección&lt;/h3&gt;&lt;p&gt;&lt;i&gt;cargando…&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Earlier calls at this address&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Llamadas anteriores en esta dirección&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None on record.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay ninguna registrada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> → %1 by %2</source>
        <translation> → %1 por %2</translation>
    </message>
    <message>
        <source> + EMS</source>
        <translation> + EMS</translation>
    </message>
    <message>
        <source>NEEDS SCREENING</source>
        <translation>NECESITA EVALUACIÓN</translation>
    </message>
    <message>
        <source>too little is known to trust this suggestion: ask the screening questions (Q) before deciding, or override (O)</source>
        <translation>se sabe demasiado poco para confiar en esta sugerencia: haga las preguntas de evaluación (Q) antes de decidir, o anule la sugerencia (O)</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamada %1</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>confianza %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Tipo de llamada</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <source>&lt;i&gt;(none)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(ninguna)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source> &amp;middot; beat %1</source>
        <translation> &amp;middot; sector %1</translation>
    </message>
    <message>
        <source>Rules version %1</source>
        <translation>Versión de las reglas %1</translation>
    </message>
</context>
<context>
    <name>rr::CallImporter</name>
    <message>
        <source>empty id</source>
        <translation>id vacío</translation>
    </message>
    <message>
        <source>a NUL character in %1</source>
        <translation>un carácter NUL en %1</translation>
    </message>
    <message>
        <source>received_at out of range</source>
        <translation>received_at fuera de rango</translation>
    </message>
</context>
<context>
    <name>rr::CallRowReader</name>
    <message>
        <source>cannot read the input: %1</source>
        <translation>no se puede leer la entrada: %1</translation>
    </message>
    <message>
        <source>the input is empty: expected a header row</source>
        <translation>la entrada está vacía: se esperaba una fila de cabecera</translation>
    </message>
    <message>
        <source>line %1: malformed header: %2</source>
        <translation>línea %1: cabecera mal formada: %2</translation>
    </message>
    <message>
        <source>the header has no &quot;id&quot; column (map one with id=COLUMN); its columns are: %1</source>
        <translation>la cabecera no tiene columna &quot;id&quot; (asigne una con id=COLUMNA); sus columnas son: %1</translation>
    </message>
    <message>
        <source>the header has none of the columns call_type, call_code and narrative (map at least one, e.g. call_type=COLUMN); its columns are: %1</source>
        <translation>la cabecera no tiene ninguna de las columnas call_type, call_code y narrative (asigne al menos una, p. ej., call_type=COLUMNA); sus columnas son: %1</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>se esperaban %1 campos, hay %2</translation>
    </message>
    <message>
        <source>invalid UTF-8 in %1</source>
        <translation>UTF-8 no válido en %1</translation>
    </message>
    <message>
        <source>empty %1</source>
        <translation>%1 vacío</translation>
    </message>
    <message>
        <source>unparseable %1 %2</source>
        <translation>%1 ilegible %2</translation>
    </message>
    <message>
        <source>%1 %2 is outside -%3..%3</source>
        <translation>%1 %2 está fuera de -%3..%3</translation>
    </message>
    <message>
        <source>%1 must be yes, no, unknown or empty, not %2</source>
        <translation>%1 debe ser yes, no, unknown o vacío, no %2</translation>
    </message>
    <message>
        <source>%1 (column &quot;%2&quot;)</source>
        <translation>%1 (columna &quot;%2&quot;)</translation>
    </message>
</context>
<context>
    <name>rr::CallStore</name>
    <message>
        <source>already decided by %1 at %2 (%3%4)</source>
        <translation>ya la decidió %1 a las %2 (%3%4)</translation>
    </message>
    <message>
        <source>accepted </source>
        <translation>aceptada </translation>
    </message>
    <message>
        <source>overridden to </source>
        <translation>anulada a </translation>
    </message>
    <message>
        <source>the call has no CAD id</source>
        <translation>la llamada no tiene ID de CAD</translation>
    </message>
    <message>
        <source>call %1 vanished</source>
        <translation>la llamada %1 desapareció</translation>
    </message>
    <message>
        <source>a decision needs the dispatcher&apos;s id</source>
        <translation>una decisión necesita el id del despachador</translation>
    </message>
    <message>
        <source>a decision needs a request id</source>
        <translation>una decisión necesita un id de petición</translation>
    </message>
    <message>
        <source>an override needs the kind chosen and a reason</source>
        <translation>una anulación necesita el tipo elegido y un motivo</translation>
    </message>
    <message>
        <source>no call %1</source>
        <translation>no existe la llamada %1</translation>
    </message>
    <message>
        <source>call %1 has no suggestion yet</source>
        <translation>la llamada %1 todavía no tiene sugerencia</translation>
    </message>
    <message>
        <source>call %1 is closed</source>
        <translation>la llamada %1 está cerrada</translation>
    </message>
    <message>
        <source>call %1 was triaged again since it was shown (now %2): review it and decide again</source>
        <translation>la llamada %1 se volvió a clasificar desde que se mostró (ahora %2): revísela y vuelva a decidir</translation>
    </message>
    <message>
        <source>an override must choose another kind than the suggested %1</source>
        <translation>una anulación debe elegir un tipo distinto del sugerido, %1</translation>
    </message>
    <message>
        <source>unknown override reason &apos;%1&apos;</source>
        <translation>motivo de anulación desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the reason &apos;%1&apos; needs a note</source>
        <translation>el motivo &apos;%1&apos; necesita una nota</translation>
    </message>
    <message>
        <source>call %1: the decision was not stored</source>
        <translation>llamada %1: la decisión no se guardó</translation>
    </message>
    <message>
        <source>call %1 is unknown or already closed</source>
        <translation>la llamada %1 es desconocida o ya está cerrada</translation>
    </message>
    <message>
        <source>unknown outcome &apos;%1&apos;</source>
        <translation>resultado desconocido &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>rr::CallStory</name>
    <message>
        <source>Call received: %1 %2</source>
        <translation>Llamada recibida: %1 %2</translation>
    </message>
    <message>
        <source>Suggested %1 (%2, confidence %3)</source>
        <translation>Sugerido: %1 (%2, confianza %3)</translation>
    </message>
    <message>
        <source>Screening: %1 = %2</source>
        <translation>Evaluación: %1 = %2</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Aceptada: %1</translation>
    </message>
    <message>
        <source>Overridden %1 → %2 (%3)</source>
        <translation>Anulada: %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>; unit %1</source>
        <translation>; unidad %1</translation>
    </message>
    <message>
        <source>Unit %1: %2</source>
        <translation>Unidad %1: %2</translation>
    </message>
    <message>
        <source>Outcome: %1%2</source>
        <translation>Resultado: %1%2</translation>
    </message>
    <message>
        <source>Review: %1%2</source>
        <translation>Revisión: %1%2</translation>
    </message>
    <message>
        <source>no decision %1</source>
        <translation>no existe la decisión %1</translation>
    </message>
    <message>
        <source>call %1 not found</source>
        <translation>no se encontró la llamada %1</translation>
    </message>
</context>
<context>
    <name>rr::CallsCommand</name>
    <message>
        <source>List the stored calls with their suggestion and decision</source>
        <translation>Listar las llamadas guardadas con su sugerencia y su decisión</translation>
    </message>
    <message>
        <source>Lists the stored calls, newest first, with their current suggestion and their decision.
CSV columns: id,received_at,call_type,status,response,ems,category,decision,chosen,dispatcher,
decided_at,reason (decision is accepted, overridden or empty).</source>
        <translation>Lista las llamadas guardadas, de la más reciente a la más antigua, con su sugerencia actual y su decisión.
Columnas CSV: id,received_at,call_type,status,response,ems,category,decision,chosen,dispatcher,
decided_at,reason (decision es accepted, overridden o vacía).</translation>
    </message>
    <message>
        <source>calls takes no arguments</source>
        <translation>calls no acepta argumentos</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>no se puede escribir la salida: %1</translation>
    </message>
    <message numerus="yes">
        <source>rightresponse-cli: showing the newest %n call(s) only (--limit N for more)</source>
        <translation>
            <numerusform>rightresponse-cli: solo se muestra la %n llamada más reciente (--limit N para ver más)</numerusform>
            <numerusform>rightresponse-cli: solo se muestran las %n llamadas más recientes (--limit N para ver más)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::ChangeFeed</name>
    <message>
        <source>could not connect to the database within %1 ms</source>
        <translation>no se pudo conectar con la base de datos en %1 ms</translation>
    </message>
    <message>
        <source>could not connect to the database: out of memory</source>
        <translation>no se pudo conectar con la base de datos: memoria insuficiente</translation>
    </message>
    <message>
        <source>could not connect to the database: %1</source>
        <translation>no se pudo conectar con la base de datos: %1</translation>
    </message>
    <message>
        <source>could not make the database connection non-blocking</source>
        <translation>no se pudo hacer no bloqueante la conexión con la base de datos</translation>
    </message>
    <message>
        <source>lost the connection to the database: %1</source>
        <translation>se perdió la conexión con la base de datos: %1</translation>
    </message>
    <message>
        <source>the database refused the change feed&apos;s query: %1</source>
        <translation>la base de datos rechazó la consulta del canal de cambios: %1</translation>
    </message>
    <message>
        <source>ignored a malformed change notification (%1): %2</source>
        <translation>se ignoró una notificación de cambio mal formada (%1): %2</translation>
    </message>
    <message>
        <source>the database did not answer within %1 ms</source>
        <translation>la base de datos no respondió en %1 ms</translation>
    </message>
    <message>
        <source>lost the connection to the database: no socket</source>
        <translation>se perdió la conexión con la base de datos: no hay socket</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>schema, table or id missing</source>
        <translation>falta el esquema, la tabla o el id</translation>
    </message>
    <message>
        <source>unknown operation &apos;%1&apos;</source>
        <translation>operación desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bad version %1</source>
        <translation>versión incorrecta %1</translation>
    </message>
    <message>
        <source>bad version</source>
        <translation>versión incorrecta</translation>
    </message>
</context>
<context>
    <name>rr::ChartWidget</name>
    <message>
        <source>Point at a bar to read its figure</source>
        <translation>Señale una barra para leer su cifra</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export this chart as a PNG image</source>
        <translation>Exportar este gráfico como imagen PNG</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>no data for this filter</source>
        <translation>no hay datos para este filtro</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>por ciento</translation>
    </message>
    <message>
        <source>No decisions in this period</source>
        <translation>No hay decisiones en este periodo</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
</context>
<context>
    <name>rr::CliDatabase</name>
    <message>
        <source>the database schema is at version %1, this program needs %2: run `rightresponse-cli db migrate` first (%3)</source>
        <translation>la base de datos está en la versión %1 del esquema y este programa necesita la %2: ejecute primero `rightresponse-cli db migrate` (%3)</translation>
    </message>
    <message>
        <source>the database schema is at version %1, newer than this program knows (%2): upgrade RightResponse (%3)</source>
        <translation>la base de datos está en la versión %1 del esquema, más reciente de lo que este programa conoce (%2): actualice RightResponse (%3)</translation>
    </message>
    <message>
        <source>cannot start the embedded database in %1: %2</source>
        <translation>no se puede iniciar la base de datos integrada en %1: %2</translation>
    </message>
    <message>
        <source>cannot reach the database (%1): %2</source>
        <translation>no se puede llegar a la base de datos (%1): %2</translation>
    </message>
    <message>
        <source>cannot migrate the database (%1): %2</source>
        <translation>no se puede migrar la base de datos (%1): %2</translation>
    </message>
</context>
<context>
    <name>rr::CodeLabel</name>
    <message>
        <source>New information (e.g. a weapon)</source>
        <translation>Información nueva (p. ej., un arma)</translation>
    </message>
    <message>
        <source>Caller request</source>
        <translation>Petición de quien llama</translation>
    </message>
    <message>
        <source>No unit of that kind free</source>
        <translation>No hay unidad libre de ese tipo</translation>
    </message>
    <message>
        <source>Safety history at the address</source>
        <translation>Antecedentes de peligro en la dirección</translation>
    </message>
    <message>
        <source>Supervisor direction</source>
        <translation>Indicación del supervisor</translation>
    </message>
    <message>
        <source>Other (note required)</source>
        <translation>Otro (nota obligatoria)</translation>
    </message>
    <message>
        <source>Resolved on scene</source>
        <translation>Resuelto en el lugar</translation>
    </message>
    <message>
        <source>Transported</source>
        <translation>Trasladado</translation>
    </message>
    <message>
        <source>Referred to services</source>
        <translation>Derivado a servicios</translation>
    </message>
    <message>
        <source>Police backup requested</source>
        <translation>Se pidió refuerzo policial</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Arresto</translation>
    </message>
    <message>
        <source>Report taken</source>
        <translation>Se tomó un reporte</translation>
    </message>
    <message>
        <source>Gone on arrival</source>
        <translation>Ya no estaba al llegar</translation>
    </message>
    <message>
        <source>Caller refused</source>
        <translation>Quien llamó lo rechazó</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Team off duty</source>
        <translation>Equipo fuera de turno</translation>
    </message>
    <message>
        <source>Outside its area</source>
        <translation>Fuera de su zona</translation>
    </message>
    <message>
        <source>No unit free</source>
        <translation>Ninguna unidad libre</translation>
    </message>
    <message>
        <source>Dispatcher override</source>
        <translation>Anulación del despachador</translation>
    </message>
    <message>
        <source>Caller refused or cancelled</source>
        <translation>Quien llamó rechazó o canceló</translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation>Sin motivo registrado</translation>
    </message>
</context>
<context>
    <name>rr::ColumnMapping</name>
    <message>
        <source>column mapping &quot;%1&quot; is not FIELD=COLUMN</source>
        <translation>la asignación de columna &quot;%1&quot; no es CAMPO=COLUMNA</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in column mapping &quot;%2&quot;; valid fields: %3</source>
        <translation>campo desconocido &quot;%1&quot; en la asignación de columna &quot;%2&quot;; campos válidos: %3</translation>
    </message>
    <message>
        <source>column mapping &quot;%1&quot; names no column</source>
        <translation>la asignación de columna &quot;%1&quot; no indica ninguna columna</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is mapped twice (to &quot;%2&quot; and &quot;%3&quot;)</source>
        <translation>el campo &quot;%1&quot; está asignado dos veces (a &quot;%2&quot; y a &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (mapped to %2) is not in the header; its columns are: %3</source>
        <translation>la columna &quot;%1&quot; (asignada a %2) no está en la cabecera; sus columnas son: %3</translation>
    </message>
</context>
<context>
    <name>rr::Command</name>
    <message>
        <source>Usage: rightresponse-cli COMMAND [options]

Suggest the right responder (unarmed, co_responder or police) for 911 calls.

Commands:
%1
The database: --db URI, else RIGHTRESPONSE_DB, else libpq&apos;s PG* variables, else the settings key
database/uri, else a private PostgreSQL cluster that the program starts itself
(in RIGHTRESPONSE_DATA_DIR or --data-dir DIR when set).

Options:
  -h, --help     Show this help, or a command&apos;s help: rightresponse-cli COMMAND --help
  -v, --version  Show the version
  --lang LANG    Language of the messages: es (Spanish) or en (English); default: the system&apos;s

Exit status: 0 success; 1 some input rows rejected (or some calls not posted, or evaluate
found an unsafe suggestion or an accuracy under its minimum); 2 unusable invocation, file or
rule set, or the database cannot be reached; 3 the call was already decided.
</source>
        <translation>Uso: rightresponse-cli COMANDO [opciones]

Sugiere el respondedor adecuado (unarmed: sin armas, co_responder: co-respondedor o police: policía) para las llamadas al 911.

Comandos:
%1
La base de datos: --db URI; si no, RIGHTRESPONSE_DB; si no, las variables PG* de libpq; si no, la clave de configuración
database/uri; si no, un clúster privado de PostgreSQL que el propio programa inicia
(en RIGHTRESPONSE_DATA_DIR o en --data-dir DIR, si se indican).

Opciones:
  -h, --help     Muestra esta ayuda, o la de un comando: rightresponse-cli COMANDO --help
  -v, --version  Muestra la versión
  --lang LANG    Idioma de los mensajes: es (español) o en (inglés); por omisión, el del sistema

Estado de salida: 0 éxito; 1 se rechazaron algunas filas de entrada (o no se enviaron algunas llamadas, o evaluate
encontró una sugerencia peligrosa o una exactitud inferior a su mínimo); 2 invocación, archivo o
conjunto de reglas inutilizable, o no se puede llegar a la base de datos; 3 la llamada ya estaba decidida.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se indicó ningún comando</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 more rejected rows not listed</source>
        <translation>%1: %2 filas rechazadas más que no se enumeran</translation>
    </message>
    <message>
        <source>imported %1 rows (%2 rows/s)</source>
        <translation>importadas %1 filas (%2 filas/s)</translation>
    </message>
</context>
<context>
    <name>rr::ConnectionResolver</name>
    <message>
        <source>--db on the command line</source>
        <translation>--db en la línea de comandos</translation>
    </message>
    <message>
        <source>RIGHTRESPONSE_DB in the environment</source>
        <translation>RIGHTRESPONSE_DB en el entorno</translation>
    </message>
    <message>
        <source>libpq environment (%1)</source>
        <translation>entorno de libpq (%1)</translation>
    </message>
    <message>
        <source>settings key %1</source>
        <translation>clave de configuración %1</translation>
    </message>
    <message>
        <source>embedded cluster in %1</source>
        <translation>clúster integrado en %1</translation>
    </message>
    <message>
        <source>unknown (not connected)</source>
        <translation>desconocido (sin conexión)</translation>
    </message>
    <message>
        <source>off (Unix socket, this machine only)</source>
        <translation>desactivado (socket Unix, solo este equipo)</translation>
    </message>
    <message>
        <source>off: the connection to %1 is NOT encrypted (sslmode %2)</source>
        <translation>desactivado: la conexión con %1 NO está cifrada (sslmode %2)</translation>
    </message>
    <message>
        <source>on (%1, %2)</source>
        <translation>activado (%1, %2)</translation>
    </message>
    <message>
        <source>, CA %1</source>
        <translation>, CA %1</translation>
    </message>
    <message>
        <source>; server certificate and host name verified (sslmode verify-full%1)</source>
        <translation>; certificado del servidor y nombre de host verificados (sslmode verify-full%1)</translation>
    </message>
    <message>
        <source>; server certificate verified, host name not (sslmode verify-ca%1)</source>
        <translation>; certificado del servidor verificado, nombre de host no (sslmode verify-ca%1)</translation>
    </message>
    <message>
        <source>; the server&apos;s certificate is NOT verified (sslmode %1): use verify-full</source>
        <translation>; el certificado del servidor NO se verifica (sslmode %1): use verify-full</translation>
    </message>
</context>
<context>
    <name>rr::Console</name>
    <message>
        <source>RightResponse — %1</source>
        <translation>RightResponse — %1</translation>
    </message>
    <message>
        <source>TRAINING — session %1 — %2</source>
        <translation>CAPACITACIÓN — sesión %1 — %2</translation>
    </message>
    <message>
        <source> — DEMO (simulated calls)</source>
        <translation> — DEMO (llamadas simuladas)</translation>
    </message>
    <message>
        <source> — TRAINING</source>
        <translation> — CAPACITACIÓN</translation>
    </message>
    <message>
        <source>TRAINING — session %1 — not the live queue</source>
        <translation>CAPACITACIÓN — sesión %1 — no es la cola real</translation>
    </message>
    <message>
        <source>TRAINING — session %1 — %2&apos;s sandbox (%3) — not the live queue</source>
        <translation>CAPACITACIÓN — sesión %1 — entorno aislado de %2 (%3) — no es la cola real</translation>
    </message>
</context>
<context>
    <name>rr::ConsoleOptions</name>
    <message>
        <source>RightResponse dispatch console.</source>
        <translation>Consola de despacho RightResponse.</translation>
    </message>
    <message>
        <source>Demo mode: embedded database, intake and simulated live calls.</source>
        <translation>Modo demo: base de datos integrada, recepción y llamadas en vivo simuladas.</translation>
    </message>
    <message>
        <source>Database connection URI (libpq).</source>
        <translation>URI de conexión a la base de datos (libpq).</translation>
    </message>
    <message>
        <source>Data directory of the embedded database.</source>
        <translation>Directorio de datos de la base de datos integrada.</translation>
    </message>
    <message>
        <source>Staff ID offered at sign-in; in the demo, the ID its decisions carry (DEMO).</source>
        <translation>ID de personal que se ofrece al iniciar sesión; en la demo, el ID que llevan sus decisiones (DEMO).</translation>
    </message>
    <message>
        <source>Workstation name.</source>
        <translation>Nombre de la estación de trabajo.</translation>
    </message>
    <message>
        <source>Rule set JSON file.</source>
        <translation>Archivo JSON del conjunto de reglas.</translation>
    </message>
    <message>
        <source>night (default), day or high-contrast.</source>
        <translation>night (noche, por omisión), day (día) o high-contrast (alto contraste).</translation>
    </message>
    <message>
        <source>Work in the training sandbox.</source>
        <translation>Trabajar en el entorno aislado de capacitación.</translation>
    </message>
    <message>
        <source>With --training: work in your own sandbox of training session ID (trainees).</source>
        <translation>Con --training: trabajar en su propio entorno aislado de la sesión de capacitación ID (aprendices).</translation>
    </message>
    <message>
        <source>Demo: simulated calls per hour (360).</source>
        <translation>Demo: llamadas simuladas por hora (360).</translation>
    </message>
    <message>
        <source>Demo: time speed factor (1).</source>
        <translation>Demo: factor de velocidad del tiempo (1).</translation>
    </message>
    <message>
        <source>Open the shift supervisors&apos; review window (a supervisor&apos;s database login).</source>
        <translation>Abrir la ventana de revisión de los supervisores de turno (un usuario de base de datos de supervisor).</translation>
    </message>
    <message>
        <source>Open the trainers&apos; window: the training library, sessions and scores (a trainer&apos;s database login).</source>
        <translation>Abrir la ventana de instructores: la biblioteca de capacitación, las sesiones y las puntuaciones (un usuario de base de datos de instructor).</translation>
    </message>
    <message>
        <source>Demo: days of history to fill the database with (30; 0: none).</source>
        <translation>Demo: días de historial con que llenar la base de datos (30; 0: ninguno).</translation>
    </message>
    <message>
        <source>Language of the console: es (Spanish) or en (English); default: the system&apos;s.</source>
        <translation>Idioma de la consola: es (español) o en (inglés); por omisión, el del sistema.</translation>
    </message>
    <message>
        <source>--review and --trainer open different windows: choose one</source>
        <translation>--review y --trainer abren ventanas distintas: elija una</translation>
    </message>
    <message>
        <source>--theme must be one of %1, got &apos;%2&apos;</source>
        <translation>--theme debe ser uno de %1; se recibió &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--lang must be one of %1, got &apos;%2&apos;</source>
        <translation>--lang debe ser uno de %1; se recibió &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--demo-rate must be a positive number of calls per hour</source>
        <translation>--demo-rate debe ser un número positivo de llamadas por hora</translation>
    </message>
    <message>
        <source>--demo-speed must be a positive factor</source>
        <translation>--demo-speed debe ser un factor positivo</translation>
    </message>
    <message>
        <source>--demo-history must be a number of days from 0 to 3660</source>
        <translation>--demo-history debe ser un número de días entre 0 y 3660</translation>
    </message>
    <message>
        <source>--session must be a training session&apos;s number, got &apos;%1&apos;</source>
        <translation>--session debe ser el número de una sesión de capacitación; se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--session needs --training: a training session is never the live queue</source>
        <translation>--session necesita --training: una sesión de capacitación nunca es la cola real</translation>
    </message>
    <message>
        <source>--session opens a trainee&apos;s console, not the review or trainer window</source>
        <translation>--session abre la consola de un aprendiz, no la ventana de revisión ni la de instructores</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Write what the console does (calls shown, decisions, focus, event-loop stalls) to standard output, one line each: for tests that drive it with keys.</source>
        <translation>Escribe lo que hace la consola (llamadas mostradas, decisiones, foco, bloqueos del bucle de eventos) en la salida estándar, una línea cada uno: para pruebas que la manejan con teclas.</translation>
    </message>
</context>
<context>
    <name>rr::ConsoleSettings</name>
    <message>
        <source>lock after: 0 (never) to 1440 minutes</source>
        <translation>bloquear tras: de 0 (nunca) a 1440 minutos</translation>
    </message>
</context>
<context>
    <name>rr::ConsoleWindow</name>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>New call %1</source>
        <translation>Llamada nueva %1</translation>
    </message>
    <message>
        <source>%1 @ %2 · F1 shortcuts</source>
        <translation>%1 @ %2 · F1 atajos</translation>
    </message>
    <message>
        <source>Settings saved; the database settings take effect when the console starts again</source>
        <translation>Configuración guardada; la de la base de datos se aplica cuando la consola se vuelva a iniciar</translation>
    </message>
    <message>
        <source>The outcome list has not been loaded from the database yet</source>
        <translation>La lista de resultados todavía no se ha cargado de la base de datos</translation>
    </message>
    <message>
        <source>Close call %1</source>
        <translation>Cerrar la llamada %1</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>● CONNECTED — training sandbox, not the live queue</source>
        <translation>● CONECTADA — entorno aislado de capacitación, no es la cola real</translation>
    </message>
    <message>
        <source>● LIVE — shared database connected</source>
        <translation>● EN VIVO — base de datos compartida conectada</translation>
    </message>
    <message>
        <source>◔ CONNECTING to the database…</source>
        <translation>◔ CONECTANDO con la base de datos…</translation>
    </message>
    <message>
        <source>◔ RECONNECTING — working offline</source>
        <translation>◔ RECONECTANDO — trabajando sin conexión</translation>
    </message>
    <message>
        <source>■ OFFLINE — decisions are kept on this workstation</source>
        <translation>■ SIN CONEXIÓN — las decisiones se guardan en esta estación de trabajo</translation>
    </message>
    <message numerus="yes">
        <source> · %n change(s) waiting to be sent</source>
        <translation>
            <numerusform> · %n cambio pendiente de enviar</numerusform>
            <numerusform> · %n cambios pendientes de enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;table cellpadding=4&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;↑ ↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;move through the queue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;accept the suggestion (stores the decision, dispatches the unit); a call marked SCREEN FIRST asks for the screening instead&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;override: 1/2/3 kind, arrows reason, Tab note, Enter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;close the call with its outcome&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;screen the call: then a question&apos;s letter and its answer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;W V I S D C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;screening: weapon, violence, injury, self-harm, domestic, crime in progress (↑ ↓ also move between them)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Y N U&lt;/b&gt;&lt;/td&gt;&lt;td&gt;screening: answer yes, no or unknown (the call is triaged again)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;leave screening, back to the queue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+U&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undecided calls only&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+S / Alt+B&lt;/b&gt;&lt;/td&gt;&lt;td&gt;filter by suggestion / by beat&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2 / F3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;go to the queue / the unit board&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;A D E S X F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;unit board: available, dispatched, en route, on scene, out of service, off shift&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the trainers&apos; window: scenarios, sessions, scores (trainers and administrators)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the shift review (supervisors and administrators)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F10&lt;/b&gt;&lt;/td&gt;&lt;td&gt;settings: shared server, TLS, idle lock (administrators)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;lock the console (your password opens it)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+U&lt;/b&gt;&lt;/td&gt;&lt;td&gt;switch user at shift change (the queue stays)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=4&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;↑ ↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;moverse por la cola&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;aceptar la sugerencia (guarda la decisión y despacha la unidad); en una llamada marcada EVALUAR ANTES se pide la evaluación&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;anular: 1/2/3 tipo, flechas motivo, Tab nota, Enter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cerrar la llamada con su resultado&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;evaluar la llamada: luego la letra de una pregunta y su respuesta&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;W V I S D C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;evaluación: arma (weapon), violencia, lesión (injury), autolesión (self-harm), doméstica, delito en curso (crime) (↑ ↓ también se mueven entre ellas)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Y N U&lt;/b&gt;&lt;/td&gt;&lt;td&gt;evaluación: responder sí (Y), no (N) o se desconoce (U) (la llamada se vuelve a clasificar)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;salir de la evaluación y volver a la cola&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+U&lt;/b&gt;&lt;/td&gt;&lt;td&gt;solo llamadas sin decidir&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+S / Alt+B&lt;/b&gt;&lt;/td&gt;&lt;td&gt;filtrar por sugerencia / por sector&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2 / F3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ir a la cola / al tablero de unidades&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;A D E S X F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;tablero de unidades: disponible, despachada, en camino (E), en el lugar (S), fuera de servicio (X), fuera de turno (F)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;la ventana de instructores: escenarios, sesiones, puntuaciones (instructores y administradores)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;la revisión del turno (supervisores y administradores)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F10&lt;/b&gt;&lt;/td&gt;&lt;td&gt;configuración: servidor compartido, TLS, bloqueo por inactividad (administradores)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;bloquear la consola (su contraseña la abre)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+U&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cambiar de usuario en el cambio de turno (la cola se mantiene)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;esta lista&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>rr::Dashboard</name>
    <message>
        <source>Bars: override rate; n = decisions; ▲ marks a rate well above the period&apos;s (only with n ≥ 30)</source>
        <translation>Barras: tasa de anulación; n = decisiones; ▲ marca una tasa muy por encima de la del periodo (solo con n ≥ 30)</translation>
    </message>
    <message>
        <source>Override rate</source>
        <translation>Tasa de anulación</translation>
    </message>
    <message>
        <source>%1: %2 of %3 decisions overridden (%4)%5</source>
        <translation>%1: %2 de %3 decisiones anuladas (%4)%5</translation>
    </message>
    <message>
        <source> — ▲ above the period&apos;s rate</source>
        <translation> — ▲ por encima de la tasa del periodo</translation>
    </message>
    <message>
        <source>all: %1</source>
        <translation>todos: %1</translation>
    </message>
    <message>
        <source>Override rate by dispatcher</source>
        <translation>Tasa de anulación por despachador</translation>
    </message>
    <message>
        <source>Override rate by call category</source>
        <translation>Tasa de anulación por categoría de llamada</translation>
    </message>
    <message>
        <source>Override rate by hour of day</source>
        <translation>Tasa de anulación por hora del día</translation>
    </message>
    <message>
        <source>Override reasons</source>
        <translation>Motivos de anulación</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Anulaciones</translation>
    </message>
    <message>
        <source>Eligible calls: served and not served</source>
        <translation>Elegibles: atendidas y no atendidas</translation>
    </message>
    <message>
        <source>%1 eligible, %2 served, %3 not served — %4 of those not served carry a reason</source>
        <translation>%1 elegibles, %2 atendidas, %3 no atendidas — %4 de las no atendidas tienen motivo</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Atendidas</translation>
    </message>
    <message>
        <source>Not served (by reason)</source>
        <translation>No atendidas (por motivo)</translation>
    </message>
    <message>
        <source>Served: %1 of %2 eligible calls</source>
        <translation>Atendidas: %1 de %2 llamadas elegibles</translation>
    </message>
    <message>
        <source>Receipt to decision by hour (seconds)</source>
        <translation>Recepción a decisión, por hora (s)</translation>
    </message>
    <message>
        <source>p50 ● solid, p90 ■ dashed; target: decided within 60 s</source>
        <translation>p50 ● continua, p90 ■ discontinua; objetivo: decidida en 60 s</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>%1:00 — p50 %2 s, p90 %3 s, %4 within 60 s (n=%5)</source>
        <translation>%1:00 — p50 %2 s, p90 %3 s, %4 en 60 s (n=%5)</translation>
    </message>
    <message>
        <source>60 s target</source>
        <translation>objetivo de 60 s</translation>
    </message>
    <message>
        <source>Police backup requested after dispatch</source>
        <translation>Refuerzo policial pedido tras despacho</translation>
    </message>
    <message>
        <source>Reference: CAHOOTS 2019, 0.6%</source>
        <translation>Referencia: CAHOOTS 2019, 0,6 %</translation>
    </message>
    <message>
        <source>Backup rate</source>
        <translation>Tasa de refuerzo</translation>
    </message>
    <message>
        <source>%1: backup requested on %2 of %3 dispatches (%4)</source>
        <translation>%1: refuerzo solicitado en %2 de %3 despachos (%4)</translation>
    </message>
    <message>
        <source>0.6% reference</source>
        <translation>referencia del 0,6 %</translation>
    </message>
    <message>
        <source>Outcomes by kind sent</source>
        <translation>Resultados por tipo enviado</translation>
    </message>
    <message>
        <source>● unarmed solid, ◐ co-responder hatched, ■ police dotted</source>
        <translation>● sin armas lisa, ◐ co-resp. rayada, ■ policía punteada</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s) in the period</source>
        <translation>
            <numerusform>%n anulación en el periodo</numerusform>
            <numerusform>%n anulaciones en el periodo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n override(s)</source>
        <translation>
            <numerusform>%1: %n anulación</numerusform>
            <numerusform>%1: %n anulaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not served — %1: %n call(s)</source>
        <translation>
            <numerusform>No atendidas — %1: %n llamada</numerusform>
            <numerusform>No atendidas — %1: %n llamadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::DashboardPanel</name>
    <message>
        <source>%1 decisions by %2 dispatchers · %3 overrides (%4; ▲ %5 toward police, ▼ %6 away) · eligible %7: served %8, not served %9 (%10 with a reason) · backup %11 of %12 (%13) · decision p50 %14 s, p90 %15 s · %16 reviewed</source>
        <translation>%1 decisiones de %2 despachadores · %3 anulaciones (%4; ▲ %5 hacia policía, ▼ %6 lejos de policía) · elegibles %7: atendidas %8, no atendidas %9 (%10 con motivo) · refuerzo %11 de %12 (%13) · decisión p50 %14 s, p90 %15 s · %16 revisadas</translation>
    </message>
</context>
<context>
    <name>rr::DatabaseSettings</name>
    <message>
        <source>settings %1: unknown sslmode &apos;%2&apos; (use %3)</source>
        <translation>configuración %1: sslmode desconocido &apos;%2&apos; (use %3)</translation>
    </message>
    <message>
        <source>settings %1: cannot read the CA file %2</source>
        <translation>configuración %1: no se puede leer el archivo de CA %2</translation>
    </message>
    <message>
        <source>settings %1: sslmode %2 needs the CA file that signed the server&apos;s certificate (%3)</source>
        <translation>configuración %1: sslmode %2 necesita el archivo de la CA que firmó el certificado del servidor (%3)</translation>
    </message>
</context>
<context>
    <name>rr::DbCommand</name>
    <message>
        <source>db needs one action: start, stop, status, migrate or uri</source>
        <translation>db necesita una acción: start, stop, status, migrate o uri</translation>
    </message>
    <message>
        <source>unknown db action &apos;%1&apos; (use start, stop, status, migrate or uri)</source>
        <translation>acción de db desconocida &apos;%1&apos; (use start, stop, status, migrate o uri)</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>run `rightresponse-cli db migrate`</source>
        <translation>ejecute `rightresponse-cli db migrate`</translation>
    </message>
    <message>
        <source>newer than this program: upgrade RightResponse</source>
        <translation>más reciente que este programa: actualice RightResponse</translation>
    </message>
    <message>
        <source>db %1 manages the embedded database, but the database in use is chosen by %2; use --data-dir DIR for an embedded one</source>
        <translation>db %1 gestiona la base de datos integrada, pero la base de datos en uso la elige %2; use --data-dir DIR para una integrada</translation>
    </message>
    <message>
        <source>cannot migrate the database (%1): %2</source>
        <translation>no se puede migrar la base de datos (%1): %2</translation>
    </message>
    <message>
        <source>The database: start|stop|status|migrate|uri</source>
        <translation>La base de datos: start|stop|status|migrate|uri</translation>
    </message>
    <message>
        <source>Manages the database in use.
  start    start the embedded cluster (created on first start), migrate it, print its URI and directory
  stop     stop the embedded cluster
  status   state, data directory, socket, port and schema version (exit 2 when not reachable)
  migrate  bring the schema of the database in use up to date
  uri      print the connection URI on one line: psql &quot;$(rightresponse-cli db uri)&quot;</source>
        <translation>Gestiona la base de datos en uso.
  start    inicia el clúster integrado (se crea al primer arranque), lo migra y muestra su URI y su directorio
  stop     detiene el clúster integrado
  status   estado, directorio de datos, socket, puerto y versión del esquema (sale con 2 si no se puede alcanzar)
  migrate  actualiza el esquema de la base de datos en uso
  uri      muestra la URI de conexión en una línea: psql &quot;$(rightresponse-cli db uri)&quot;</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>desconocido (%1)</translation>
    </message>
    <message>
        <source>version %1, program %2 (%3)</source>
        <translation>versión %1, programa %2 (%3)</translation>
    </message>
    <message>
        <source>unknown (not running; `rightresponse-cli db start`)</source>
        <translation>desconocido (no está en marcha; `rightresponse-cli db start`)</translation>
    </message>
</context>
<context>
    <name>rr::DecideCommand</name>
    <message>
        <source>give either --accept or --override KIND --reason CODE</source>
        <translation>indique --accept o bien --override TIPO --reason CÓDIGO</translation>
    </message>
    <message>
        <source>--reason goes with --override, not --accept</source>
        <translation>--reason va con --override, no con --accept</translation>
    </message>
    <message>
        <source>unknown --override &apos;%1&apos; (use unarmed, co_responder or police)</source>
        <translation>--override desconocido &apos;%1&apos; (use unarmed, co_responder o police)</translation>
    </message>
    <message>
        <source>--override needs --reason CODE</source>
        <translation>--override necesita --reason CÓDIGO</translation>
    </message>
    <message>
        <source>Store a dispatcher&apos;s decision on a call (accept the suggestion or override it)</source>
        <translation>Guardar la decisión de un despachador sobre una llamada (aceptar la sugerencia o anularla)</translation>
    </message>
    <message>
        <source>Stores a dispatcher&apos;s decision on a call: accept its suggestion, or override it with another kind
and a reason. The first decision wins: exit status 3 when the call was already decided (the
message names who decided and when).</source>
        <translation>Guarda la decisión de un despachador sobre una llamada: aceptar su sugerencia, o anularla con otro tipo
y un motivo. Gana la primera decisión: estado de salida 3 si la llamada ya estaba decidida (el
mensaje dice quién la decidió y cuándo).</translation>
    </message>
    <message>
        <source>decide needs exactly one CALL_ID</source>
        <translation>decide necesita exactamente un CALL_ID</translation>
    </message>
    <message>
        <source>--dispatcher ID is required</source>
        <translation>--dispatcher ID es obligatorio</translation>
    </message>
    <message>
        <source>call %1: %2 %3 by %4 at %5
</source>
        <translation>llamada %1: %2 %3 por %4 a las %5
</translation>
    </message>
    <message>
        <source>overridden to</source>
        <translation>anulada a</translation>
    </message>
    <message>
        <source>rightresponse-cli: call %1 was %2</source>
        <translation>rightresponse-cli: la llamada %1 fue %2</translation>
    </message>
</context>
<context>
    <name>rr::DecisionListModel</name>
    <message>
        <source>▲ toward police</source>
        <translation>▲ hacia policía</translation>
    </message>
    <message>
        <source>▼ away from police</source>
        <translation>▼ lejos de policía</translation>
    </message>
    <message>
        <source>✔ appropriate</source>
        <translation>✔ adecuada</translation>
    </message>
    <message>
        <source>✖ not appropriate</source>
        <translation>✖ no adecuada</translation>
    </message>
    <message>
        <source>✎ training needed</source>
        <translation>✎ necesita capacitación</translation>
    </message>
    <message>
        <source>— not reviewed</source>
        <translation>— sin revisar</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>aceptada %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1 por %2 a las %3</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidida</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation>Despachador</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Estación de trabajo</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Tipo de llamada</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Suggested → chosen</source>
        <translation>Sugerido → elegido</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Anulación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>rr::DecisionsPanel</name>
    <message>
        <source>&amp;Overrides only</source>
        <translation>S&amp;olo anulaciones</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>The period whose decisions are listed and counted</source>
        <translation>El periodo cuyas decisiones se listan y cuentan</translation>
    </message>
    <message>
        <source>This shift</source>
        <translation>Este turno</translation>
    </message>
    <message>
        <source>Last 24 h</source>
        <translation>Últimas 24 h</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Start of a custom period</source>
        <translation>Inicio de un periodo personalizado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>End of a custom period</source>
        <translation>Fin de un periodo personalizado</translation>
    </message>
    <message>
        <source>Dispatcher filter</source>
        <translation>Filtro de despachador</translation>
    </message>
    <message>
        <source>Only this dispatcher&apos;s decisions</source>
        <translation>Solo las decisiones de este despachador</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro de categoría</translation>
    </message>
    <message>
        <source>Only calls of this category</source>
        <translation>Solo las llamadas de esta categoría</translation>
    </message>
    <message>
        <source>Reason filter</source>
        <translation>Filtro de motivo</translation>
    </message>
    <message>
        <source>Only overrides with this reason</source>
        <translation>Solo las anulaciones con este motivo</translation>
    </message>
    <message>
        <source>Direction filter</source>
        <translation>Filtro de sentido</translation>
    </message>
    <message>
        <source>Only overrides toward police, or only away from police</source>
        <translation>Solo las anulaciones hacia policía, o solo las que se alejan de policía</translation>
    </message>
    <message>
        <source>List overrides only, or every decision</source>
        <translation>Listar solo las anulaciones, o todas las decisiones</translation>
    </message>
    <message>
        <source>All dispatchers</source>
        <translation>Todos los despachadores</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Todos los motivos</translation>
    </message>
    <message>
        <source>Either direction</source>
        <translation>Cualquier sentido</translation>
    </message>
    <message>
        <source>▲ Toward police</source>
        <translation>▲ Hacia policía</translation>
    </message>
    <message>
        <source>▼ Away from police</source>
        <translation>▼ Lejos de policía</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Every decision of the period; Enter opens the call&apos;s whole story</source>
        <translation>Todas las decisiones del periodo; Enter abre la historia completa de la llamada</translation>
    </message>
</context>
<context>
    <name>rr::DemoHistory</name>
    <message>
        <source>Demo: no history asked for</source>
        <translation>Demo: no se pidió historial</translation>
    </message>
    <message>
        <source>Demo: history already in the database</source>
        <translation>Demo: el historial ya está en la base de datos</translation>
    </message>
    <message>
        <source>Demo: %1 days of history, %2 calls with their decisions and outcomes</source>
        <translation>Demo: %1 días de historial, %2 llamadas con sus decisiones y resultados</translation>
    </message>
    <message>
        <source>Demo history not loaded: %1</source>
        <translation>Historial de demo no cargado: %1</translation>
    </message>
    <message>
        <source>; demo training scenario not added: %1</source>
        <translation>; escenario de capacitación de demo no añadido: %1</translation>
    </message>
    <message>
        <source>; demo training scenario added to the library</source>
        <translation>; escenario de capacitación de demo añadido a la biblioteca</translation>
    </message>
    <message>
        <source>migration failed</source>
        <translation>falló la migración</translation>
    </message>
</context>
<context>
    <name>rr::DemoRig</name>
    <message>
        <source>Demo intake did not start: %1</source>
        <translation>La recepción de la demo no arrancó: %1</translation>
    </message>
    <message>
        <source>Demo call %1 not posted: %2</source>
        <translation>Llamada de demo %1 no enviada: %2</translation>
    </message>
    <message>
        <source>Demo: simulated calls posted to the intake on port %1</source>
        <translation>Demo: llamadas simuladas enviadas a la recepción en el puerto %1</translation>
    </message>
    <message>
        <source>demo crew</source>
        <translation>equipo de demo</translation>
    </message>
</context>
<context>
    <name>rr::DispatchSession</name>
    <message>
        <source>%1 (offline, waiting)</source>
        <translation>%1 (sin conexión, en espera)</translation>
    </message>
    <message>
        <source>Database unreachable: decision for %1 saved offline, sent when it returns</source>
        <translation>Base de datos inalcanzable: decisión para %1 guardada sin conexión; se enviará cuando vuelva</translation>
    </message>
    <message numerus="yes">
        <source>Database back: %n change(s) made offline sent</source>
        <translation>
            <numerusform>Base de datos de vuelta: enviado %n cambio hecho sin conexión</numerusform>
            <numerusform>Base de datos de vuelta: enviados %n cambios hechos sin conexión</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline decision not stored: %1</source>
        <translation>Decisión sin conexión no guardada: %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Call %1 closed</source>
        <translation>Llamada %1 cerrada</translation>
    </message>
    <message>
        <source>Call %1 not closed: %2</source>
        <translation>Llamada %1 no cerrada: %2</translation>
    </message>
    <message>
        <source>Call %1 was already decided by %2 at %3</source>
        <translation>La llamada %1 ya la decidió %2 a las %3</translation>
    </message>
    <message>
        <source>Call %1 needs screening before it can be accepted: answer the questions, or override (O)</source>
        <translation>La llamada %1 necesita evaluación antes de aceptarla: responda las preguntas o anule la sugerencia (O)</translation>
    </message>
    <message>
        <source>Call %1: screening answer NOT stored (%2): %3</source>
        <translation>Llamada %1: respuesta de evaluación NO guardada (%2): %3</translation>
    </message>
    <message>
        <source>Call %1: %2 — suggestion %3 %4</source>
        <translation>Llamada %1: %2 — la sugerencia %3 %4</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>se mantiene</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora es</translation>
    </message>
    <message>
        <source>Database unreachable: screening answers for %1 saved offline, stored when it returns</source>
        <translation>Base de datos inalcanzable: respuestas de evaluación de %1 guardadas sin conexión; se guardarán cuando vuelva</translation>
    </message>
    <message>
        <source>Call %1: %2</source>
        <translation>Llamada %1: %2</translation>
    </message>
    <message>
        <source>Call %1: %2 %3%4</source>
        <translation>Llamada %1: %2 %3%4</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>overridden to</source>
        <translation>anulada a</translation>
    </message>
    <message>
        <source>, %1 dispatched</source>
        <translation>, %1 despachada</translation>
    </message>
    <message>
        <source>Call %1 %2</source>
        <translation>Llamada %1 %2</translation>
    </message>
    <message>
        <source>Call %1 not decided: %2</source>
        <translation>Llamada %1 no decidida: %2</translation>
    </message>
    <message>
        <source>not dispatched</source>
        <translation>no despachada</translation>
    </message>
</context>
<context>
    <name>rr::EvaluateCommand</name>
    <message>
        <source>Measure a rule set on labelled calls: accuracy, confusion matrix, unsafe suggestions</source>
        <translation>Medir un conjunto de reglas con llamadas etiquetadas: exactitud, matriz de confusión, sugerencias peligrosas</translation>
    </message>
    <message>
        <source>Measures a rule set on labelled calls: triages each row of a labelled CSV and compares the
suggestion with the row&apos;s label.

The file has the canonical input columns of triage (or --map for a city&apos;s own names) and:
  expected      the right kind: unarmed, co_responder or police, or acceptable kinds separated
                by / (unarmed/co_responder); required
  expected_ems  yes or no: whether Fire/EMS should go too; empty: not checked; optional
Both can be mapped: --map expected=COLUMN --map expected_ems=COLUMN. Other columns are ignored.

A row is correct when the suggested kind is one of its acceptable kinds and, when expected_ems is
given, the EMS flag agrees. Accuracy = correct rows / all data rows: a bad row (a call or label
that cannot be read, such as an unknown kind) is reported on standard error with its line, listed
in the report and counted as a miss.
Confusion matrix: rows are the expected kind, columns the suggested kind; a row labelled with
several kinds counts under the suggested kind when that kind is acceptable, else under its first
kind, so that the diagonal holds the rows whose kind is right.
Unsafe: labelled police only, suggested unarmed. Over-policed: labelled unarmed only, suggested
police.

Formats: text (a report: figures, matrix, every miss with the engine&apos;s reasons, bad rows, PASS or
FAIL); csv and jsonl (one record per miss, then per bad row, then one summary record, last; the
field &quot;record&quot; is miss, bad_row or summary).

Exit status: 0 no unsafe suggestion and accuracy at least --min-accuracy (when given); 1 otherwise;
2 unusable invocation, file, header or rule set, or no data rows.</source>
        <translation>Mide un conjunto de reglas con llamadas etiquetadas: clasifica cada fila de un CSV etiquetado y compara la
sugerencia con la etiqueta de la fila.

El archivo tiene las columnas de entrada canónicas de triage (o --map para los nombres propios de una ciudad) y:
  expected      el tipo correcto: unarmed, co_responder o police, o varios tipos aceptables separados
                por / (unarmed/co_responder); obligatoria
  expected_ems  yes o no: si también deben ir bomberos/EMS; vacía: no se comprueba; opcional
Ambas se pueden asignar: --map expected=COLUMNA --map expected_ems=COLUMNA. Las demás columnas se ignoran.

Una fila es correcta cuando el tipo sugerido es uno de sus tipos aceptables y, si se indica
expected_ems, el indicador de EMS coincide. Exactitud = filas correctas / todas las filas de datos: una fila
incorrecta (una llamada o etiqueta que no se puede leer, como un tipo desconocido) se informa en la salida
de error con su línea, se lista en el informe y cuenta como fallo.
Matriz de confusión: las filas son el tipo esperado y las columnas el tipo sugerido; una fila etiquetada con
varios tipos cuenta en el tipo sugerido cuando ese tipo es aceptable y, si no, en su primer
tipo, de modo que la diagonal contiene las filas cuyo tipo es correcto.
Peligrosa: etiquetada solo police, sugerida unarmed. Exceso de policía: etiquetada solo unarmed, sugerida
police.

Formatos: text (un informe: cifras, matriz, cada fallo con los motivos del motor, filas incorrectas, PASS o
FAIL); csv y jsonl (un registro por fallo, luego uno por fila incorrecta y, al final, un registro de resumen; el
campo &quot;record&quot; es miss, bad_row o summary).

Estado de salida: 0 ninguna sugerencia peligrosa y exactitud de al menos --min-accuracy (si se indica); 1 en otro caso;
2 invocación, archivo, cabecera o conjunto de reglas inutilizable, o ninguna fila de datos.</translation>
    </message>
    <message>
        <source>--labels FILE is required (- for standard input)</source>
        <translation>--labels ARCHIVO es obligatorio (- para la entrada estándar)</translation>
    </message>
    <message>
        <source>evaluate reads the file named by --labels; unexpected argument &apos;%1&apos;</source>
        <translation>evaluate lee el archivo indicado con --labels; argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--map: %1</source>
        <translation>--map: %1</translation>
    </message>
    <message>
        <source>%1: no labelled rows to evaluate</source>
        <translation>%1: no hay filas etiquetadas que evaluar</translation>
    </message>
    <message>
        <source>cannot write the output</source>
        <translation>no se puede escribir la salida</translation>
    </message>
</context>
<context>
    <name>rr::EvaluationText</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(no call type)</source>
        <translation>(sin tipo de llamada)</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>código %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unsafe suggestion(s)</source>
        <translation>
            <numerusform>%n sugerencia peligrosa</numerusform>
            <numerusform>%n sugerencias peligrosas</numerusform>
        </translation>
    </message>
    <message>
        <source>accuracy %1 below the minimum %2</source>
        <translation>exactitud %1 por debajo del mínimo %2</translation>
    </message>
    <message>
        <source>no unsafe suggestion</source>
        <translation>ninguna sugerencia peligrosa</translation>
    </message>
    <message>
        <source>, accuracy %1 at least %2</source>
        <translation>, exactitud %1 de al menos %2</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>%1 evaluated, no bad rows</source>
        <translation>%1 evaluadas, ninguna fila incorrecta</translation>
    </message>
    <message>
        <source>%1 evaluated, %2 counted as misses</source>
        <translation>%1 evaluadas, %2 contadas como fallos</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s)</source>
        <translation>
            <numerusform>%n fila incorrecta</numerusform>
            <numerusform>%n filas incorrectas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n miss(es)</source>
        <translation>
            <numerusform>%n fallo</numerusform>
            <numerusform>%n fallos</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1 listed below, %2</source>
        <translation>: %1 listados abajo, %2</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>; minimum %1</source>
        <translation>; mínimo %1</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation>Peligrosas</translation>
    </message>
    <message>
        <source>labelled police only, suggested unarmed</source>
        <translation>etiquetadas solo police, sugeridas unarmed</translation>
    </message>
    <message>
        <source>Over-policed</source>
        <translation>Exceso de policía</translation>
    </message>
    <message>
        <source>labelled unarmed only, suggested police</source>
        <translation>etiquetadas solo unarmed, sugeridas police</translation>
    </message>
    <message>
        <source>EMS disagreements</source>
        <translation>Desacuerdos de EMS</translation>
    </message>
    <message>
        <source>of %1 rows with expected_ems</source>
        <translation>de %1 filas con expected_ems</translation>
    </message>
    <message>
        <source>
Confusion matrix (rows: expected kind; columns: suggested kind)
</source>
        <translation>
Matriz de confusión (filas: tipo esperado; columnas: tipo sugerido)
</translation>
    </message>
    <message>
        <source>A row labelled with several kinds counts under the suggested kind when that kind is acceptable,
else under its first kind: the diagonal holds the rows whose kind is right.
</source>
        <translation>Una fila etiquetada con varios tipos cuenta en el tipo sugerido cuando ese tipo es aceptable y,
si no, en su primer tipo: la diagonal contiene las filas cuyo tipo es correcto.
</translation>
    </message>
    <message>
        <source>  line %1  %2  %3
</source>
        <translation>  línea %1  %2  %3
</translation>
    </message>
    <message>
        <source>    expected %1; suggested %2</source>
        <translation>    esperado %1; sugerido %2</translation>
    </message>
    <message>
        <source>    EMS expected %1; suggested %2  [EMS]
</source>
        <translation>    EMS esperado %1; sugerido %2  [EMS]
</translation>
    </message>
    <message>
        <source>    category %1, confidence %2%3
</source>
        <translation>    categoría %1, confianza %2%3
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>, needs screening</source>
        <translation>, necesita evaluación</translation>
    </message>
    <message>
        <source>Evaluation of %1
</source>
        <translation>Evaluación de %1
</translation>
    </message>
    <message>
        <source>Rule set %1, version %2

</source>
        <translation>Conjunto de reglas %1, versión %2

</translation>
    </message>
    <message>
        <source>
Misses: %1
</source>
        <translation>
Fallos: %1
</translation>
    </message>
    <message>
        <source>
Bad rows: %1, counted as misses
</source>
        <translation>
Filas incorrectas: %1, contadas como fallos
</translation>
    </message>
</context>
<context>
    <name>rr::GenerateCommand</name>
    <message>
        <source>Write realistic synthetic calls as canonical CSV</source>
        <translation>Escribir llamadas sintéticas realistas como CSV canónico</translation>
    </message>
    <message>
        <source>Writes N realistic synthetic 911 calls as canonical CSV to standard output: a call-type mix and
narratives modelled on published Durham figures, Poisson arrivals with a daily rhythm.
The same seed always gives the same calls.</source>
        <translation>Escribe N llamadas al 911 sintéticas y realistas como CSV canónico en la salida estándar: una mezcla de tipos de llamada y
narrativas basadas en las cifras publicadas de Durham, llegadas de Poisson con un ritmo diario.
La misma semilla siempre da las mismas llamadas.</translation>
    </message>
    <message>
        <source>generate takes no file argument</source>
        <translation>generate no acepta ningún archivo</translation>
    </message>
    <message>
        <source>--start must be an ISO 8601 time such as 2024-05-01T08:00, got &apos;%1&apos;</source>
        <translation>--start debe ser una hora ISO 8601 como 2024-05-01T08:00; se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--calls N is required (a whole number, 0 or more)</source>
        <translation>--calls N es obligatorio (un número entero, 0 o más)</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>no se puede escribir la salida: %1</translation>
    </message>
</context>
<context>
    <name>rr::HistorySeeder</name>
    <message>
        <source>--days must be between 1 and 3660, not %1</source>
        <translation>--days debe estar entre 1 y 3660, no %1</translation>
    </message>
    <message>
        <source>the database has no units: load a roster first (the console&apos;s demo does), so that history can dispatch them</source>
        <translation>la base de datos no tiene unidades: cargue antes una lista de unidades (la demo de la consola lo hace) para que el historial pueda despacharlas</translation>
    </message>
    <message>
        <source>history stored, but the review&apos;s roll-ups could not be built: %1</source>
        <translation>historial guardado, pero no se pudieron crear los resúmenes de la revisión: %1</translation>
    </message>
</context>
<context>
    <name>rr::ImportCommand</name>
    <message>
        <source>data row %1: %2</source>
        <translation>fila de datos %1: %2</translation>
    </message>
    <message>
        <source>the import stopped: %1</source>
        <translation>la importación se detuvo: %1</translation>
    </message>
    <message>
        <source>Load a CAD export into the database, each call with its suggestion</source>
        <translation>Cargar una exportación de CAD en la base de datos, cada llamada con su sugerencia</translation>
    </message>
    <message>
        <source>Loads a CAD export (the same CSV and --map as triage) into the database, each call with its
suggestion. Calls whose id is already stored are skipped: importing a file twice adds nothing.
Bad rows are reported on standard error with their line number and skipped; progress is shown on
standard error every second.</source>
        <translation>Carga una exportación de CAD (el mismo CSV y --map que triage) en la base de datos, cada llamada con su
sugerencia. Las llamadas cuyo id ya está guardado se omiten: importar dos veces un archivo no añade nada.
Las filas incorrectas se informan en la salida de error con su número de línea y se omiten; el progreso se muestra en
la salida de error cada segundo.</translation>
    </message>
    <message>
        <source>import reads one file (- for standard input); got %1</source>
        <translation>import lee un archivo (- para la entrada estándar); se recibió %1</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 calls imported, %4 already stored, %5 rejected
</source>
        <translation>%1: %2 filas leídas, %3 llamadas importadas, %4 ya guardadas, %5 rechazadas
</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n call(s) imported before)</source>
        <translation>
            <numerusform>%1 (%n llamada importada antes)</numerusform>
            <numerusform>%1 (%n llamadas importadas antes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::IntakeCommand</name>
    <message>
        <source>--listen needs an IP address such as 127.0.0.1 or ::1, got &apos;%1&apos;</source>
        <translation>--listen necesita una dirección IP como 127.0.0.1 o ::1; se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>stored %1 (%2)</source>
        <translation>guardada %1 (%2)</translation>
    </message>
    <message>
        <source>rejected: HTTP %1: %2</source>
        <translation>rechazada: HTTP %1: %2</translation>
    </message>
    <message>
        <source>refused: %1 from %2%3</source>
        <translation>denegada: %1 desde %2%3</translation>
    </message>
    <message>
        <source> in the last %1 s</source>
        <translation> en los últimos %1 s</translation>
    </message>
    <message>
        <source>rightresponse-cli: intake: at most %1 connections (%2 per client address), closed after %3 s without a whole request</source>
        <translation>rightresponse-cli: intake: como máximo %1 conexiones (%2 por dirección de cliente), cerradas tras %3 s sin una petición completa</translation>
    </message>
    <message>
        <source>intake listening on %1://%2:%3</source>
        <translation>intake escuchando en %1://%2:%3</translation>
    </message>
    <message>
        <source>rightresponse-cli: intake stopped (%1): %2 calls stored, %3 requests rejected</source>
        <translation>rightresponse-cli: intake detenido (%1): %2 llamadas guardadas, %3 peticiones rechazadas</translation>
    </message>
    <message>
        <source>event loop ended</source>
        <translation>terminó el bucle de eventos</translation>
    </message>
    <message>
        <source>Receive calls over HTTP, triage and store them</source>
        <translation>Recibir llamadas por HTTP, clasificarlas y guardarlas</translation>
    </message>
    <message>
        <source>Receives calls as JSON over HTTP (POST /v1/calls, bearer token), triages and stores them, until
interrupted (SIGINT or SIGTERM). The token comes from --token-file or RIGHTRESPONSE_INTAKE_TOKEN,
never from the command line; without one, only a loopback address may be listened on
unless --allow-no-token is given. A connection that sends no whole request within
--idle-timeout is closed; connections over --max-connections, or over
--max-connections-per-client from one address, are answered 503 and closed at once; a
body whose Content-Length is over 64 KiB is answered 413 before it is read. Refused
tokens and connections are logged with the client&apos;s address, at most twice in 10 s.
With --tls-cert and --tls-key it serves HTTPS (TLS 1.2 or later).</source>
        <translation>Recibe llamadas como JSON por HTTP (POST /v1/calls, token de portador), las clasifica y las guarda, hasta que
se interrumpe (SIGINT o SIGTERM). El token viene de --token-file o de RIGHTRESPONSE_INTAKE_TOKEN,
nunca de la línea de comandos; sin token, solo se puede escuchar en una dirección de loopback
salvo que se indique --allow-no-token. Una conexión que no envía una petición completa en
--idle-timeout se cierra; las conexiones que superan --max-connections, o
--max-connections-per-client desde una misma dirección, reciben 503 y se cierran en el acto; un
cuerpo cuyo Content-Length supera 64 KiB recibe 413 antes de leerse. Los tokens y las
conexiones denegados se registran con la dirección del cliente, como máximo dos veces cada 10 s.
Con --tls-cert y --tls-key sirve HTTPS (TLS 1.2 o posterior).</translation>
    </message>
    <message>
        <source>intake takes no arguments</source>
        <translation>intake no acepta argumentos</translation>
    </message>
    <message>
        <source>--listen ADDR:PORT is required</source>
        <translation>--listen DIRECCIÓN:PUERTO es obligatorio</translation>
    </message>
    <message>
        <source>--listen must be ADDR:PORT such as 127.0.0.1:8080, got &apos;%1&apos;</source>
        <translation>--listen debe ser DIRECCIÓN:PUERTO, como 127.0.0.1:8080; se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert y --tls-key van juntos</translation>
    </message>
    <message>
        <source>--max-connections-per-client (%1) cannot be more than --max-connections (%2)</source>
        <translation>--max-connections-per-client (%1) no puede ser mayor que --max-connections (%2)</translation>
    </message>
    <message>
        <source>rightresponse-cli: warning: no token (--token-file or RIGHTRESPONSE_INTAKE_TOKEN): anyone who can reach this port may post calls%1</source>
        <translation>rightresponse-cli: aviso: no hay token (--token-file o RIGHTRESPONSE_INTAKE_TOKEN): cualquiera que llegue a este puerto puede enviar llamadas%1</translation>
    </message>
    <message>
        <source> (%1 is not loopback; --allow-no-token was given)</source>
        <translation> (%1 no es loopback; se indicó --allow-no-token)</translation>
    </message>
</context>
<context>
    <name>rr::IntakeServer</name>
    <message>
        <source>the token file</source>
        <translation>el archivo del token</translation>
    </message>
    <message>
        <source>the token file %1 is empty</source>
        <translation>el archivo del token %1 está vacío</translation>
    </message>
    <message>
        <source>TLS needs both a certificate (--tls-cert) and its key (--tls-key)</source>
        <translation>TLS necesita un certificado (--tls-cert) y su clave (--tls-key)</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate, or cannot be read</source>
        <translation>%1 no contiene ningún certificado PEM, o no se puede leer</translation>
    </message>
    <message>
        <source>the TLS key</source>
        <translation>la clave TLS</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (RSA or EC)</source>
        <translation>%1 no contiene ninguna clave privada PEM sin cifrar (RSA o EC)</translation>
    </message>
    <message>
        <source>refusing to listen on %1 without a token: anyone who can reach it could post calls. Give a token (--token-file FILE or RIGHTRESPONSE_INTAKE_TOKEN), listen on loopback, or accept the risk with --allow-no-token</source>
        <translation>no se escucha en %1 sin token: cualquiera que llegue a esa dirección podría enviar llamadas. Indique un token (--token-file ARCHIVO o RIGHTRESPONSE_INTAKE_TOKEN), escuche en loopback o acepte el riesgo con --allow-no-token</translation>
    </message>
    <message>
        <source>the intake is already started</source>
        <translation>la recepción ya está iniciada</translation>
    </message>
    <message>
        <source>the idle timeout and the connection caps must be greater than 0</source>
        <translation>el tiempo de inactividad y los límites de conexiones deben ser mayores que 0</translation>
    </message>
    <message>
        <source>the open-file limit (%1) leaves no room for connections</source>
        <translation>el límite de archivos abiertos (%1) no deja sitio para conexiones</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>no se puede escuchar en %1:%2: %3</translation>
    </message>
    <message>
        <source>cannot share the listening socket: %1</source>
        <translation>no se puede compartir el socket de escucha: %1</translation>
    </message>
</context>
<context>
    <name>rr::KeyEditorPanel</name>
    <message>
        <source>Answer key</source>
        <translation>Clave de respuestas</translation>
    </message>
    <message>
        <source>Per call: the reference response, the alternatives also accepted, and whether to override</source>
        <translation>Por llamada: la respuesta de referencia, las alternativas también aceptadas y si se debe anular</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Tipo de llamada</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Also unarmed</source>
        <translation>También sin armas</translation>
    </message>
    <message>
        <source>Also co-resp.</source>
        <translation>También co-resp.</translation>
    </message>
    <message>
        <source>Also police</source>
        <translation>También policía</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Anulación</translation>
    </message>
    <message>
        <source>Expected reason</source>
        <translation>Motivo esperado</translation>
    </message>
    <message>
        <source>Reference response for call %1</source>
        <translation>Respuesta de referencia para la llamada %1</translation>
    </message>
    <message>
        <source>Also accept %1 for call %2</source>
        <translation>Aceptar también %1 para la llamada %2</translation>
    </message>
    <message>
        <source>Expect an override for call %1</source>
        <translation>Esperar una anulación para la llamada %1</translation>
    </message>
    <message>
        <source>Expected override reason for call %1</source>
        <translation>Motivo de anulación esperado para la llamada %1</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(cualquiera)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; v%2 · %n call(s) over %3 · %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; v%2 · %n llamada en %3 · %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; v%2 · %n llamadas en %3 · %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::Label</name>
    <message>
        <source>no expected kind (use unarmed, co_responder or police; acceptable kinds separated by /)</source>
        <translation>no hay tipo esperado (use unarmed, co_responder o police; los tipos aceptables se separan con /)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; in &quot;%2&quot; (use unarmed, co_responder or police; acceptable kinds separated by /)</source>
        <translation>tipo desconocido &quot;%1&quot; en &quot;%2&quot; (use unarmed, co_responder o police; los tipos aceptables se separan con /)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes, no or empty</source>
        <translation>&quot;%1&quot; no es yes, no ni vacío</translation>
    </message>
</context>
<context>
    <name>rr::LabelColumns</name>
    <message>
        <source>unknown field &quot;%1&quot; in column mapping &quot;%2&quot;; valid fields: %3, %4, %5</source>
        <translation>campo desconocido &quot;%1&quot; en la asignación de columna &quot;%2&quot;; campos válidos: %3, %4, %5</translation>
    </message>
    <message>
        <source>column mapping &quot;%1&quot; names no column</source>
        <translation>la asignación de columna &quot;%1&quot; no indica ninguna columna</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is mapped twice (to &quot;%2&quot; and &quot;%3&quot;)</source>
        <translation>el campo &quot;%1&quot; está asignado dos veces (a &quot;%2&quot; y a &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (mapped to expected) is not in the header; its columns are: %2</source>
        <translation>la columna &quot;%1&quot; (asignada a expected) no está en la cabecera; sus columnas son: %2</translation>
    </message>
    <message>
        <source>the header has no &quot;expected&quot; column with the labels (map one with expected=COLUMN); its columns are: %1</source>
        <translation>la cabecera no tiene ninguna columna &quot;expected&quot; con las etiquetas (asigne una con expected=COLUMNA); sus columnas son: %1</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (mapped to expected_ems) is not in the header; its columns are: %2</source>
        <translation>la columna &quot;%1&quot; (asignada a expected_ems) no está en la cabecera; sus columnas son: %2</translation>
    </message>
</context>
<context>
    <name>rr::LabelledCallReader</name>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 no válido</translation>
    </message>
    <message>
        <source>%1 (column &quot;%2&quot;)</source>
        <translation>%1 (columna &quot;%2&quot;)</translation>
    </message>
</context>
<context>
    <name>rr::LibraryPanel</name>
    <message>
        <source>&amp;Build from history</source>
        <translation>&amp;Crear desde el historial</translation>
    </message>
    <message>
        <source>Training library</source>
        <translation>Biblioteca de capacitación</translation>
    </message>
    <message>
        <source>Every scenario&apos;s latest version; choose one to see its key and run it</source>
        <translation>La última versión de cada escenario; elija uno para ver su clave y ejecutarlo</translation>
    </message>
    <message>
        <source>New scenario name</source>
        <translation>Nombre del escenario nuevo</translation>
    </message>
    <message>
        <source>A name not yet in the library, e.g. tuesday-night</source>
        <translation>Un nombre que aún no esté en la biblioteca, p. ej., martes-noche</translation>
    </message>
    <message>
        <source>e.g. last-night</source>
        <translation>p. ej., anoche</translation>
    </message>
    <message>
        <source>History from</source>
        <translation>Historial desde</translation>
    </message>
    <message>
        <source>The first call&apos;s time</source>
        <translation>La hora de la primera llamada</translation>
    </message>
    <message>
        <source>History to</source>
        <translation>Historial hasta</translation>
    </message>
    <message>
        <source>The end of the period</source>
        <translation>El fin del periodo</translation>
    </message>
    <message>
        <source>Make a scenario of the calls received in the period, de-identified, with their decisions as the key</source>
        <translation>Crear un escenario con las llamadas recibidas en el periodo, anonimizadas, con sus decisiones como clave</translation>
    </message>
    <message>
        <source>New scenario from the history</source>
        <translation>Escenario nuevo desde el historial</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Biblioteca de capacitación&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1  v%2
%n call(s) · %3:%4 · %5</source>
        <translation>
            <numerusform>%1  v%2
%n llamada · %3:%4 · %5</numerusform>
            <numerusform>%1  v%2
%n llamadas · %3:%4 · %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::Migrator</name>
    <message>
        <source>migration %1 (%2): %3</source>
        <translation>migración %1 (%2): %3</translation>
    </message>
    <message>
        <source>the database schema is at version %1, newer than this program knows (%2): upgrade RightResponse before using this database</source>
        <translation>la base de datos está en la versión %1 del esquema, más reciente de lo que este programa conoce (%2): actualice RightResponse antes de usar esta base de datos</translation>
    </message>
    <message>
        <source>schema up to date (version %1)</source>
        <translation>esquema al día (versión %1)</translation>
    </message>
    <message numerus="yes">
        <source>schema migrated from version %1 to %2 (%n migration(s))</source>
        <translation>
            <numerusform>esquema migrado de la versión %1 a la %2 (%n migración)</numerusform>
            <numerusform>esquema migrado de la versión %1 a la %2 (%n migraciones)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::Option</name>
    <message>
        <source>Only calls that are not closed.</source>
        <translation>Solo las llamadas que no están cerradas.</translation>
    </message>
    <message>
        <source>At most N calls, the newest (default 100000).</source>
        <translation>Como máximo N llamadas, las más recientes (por omisión 100000).</translation>
    </message>
    <message>
        <source>start, stop, status, migrate or uri.</source>
        <translation>start, stop, status, migrate o uri.</translation>
    </message>
    <message>
        <source>Accept the suggestion.</source>
        <translation>Aceptar la sugerencia.</translation>
    </message>
    <message>
        <source>Send another kind: unarmed, co_responder or police.</source>
        <translation>Enviar otro tipo: unarmed, co_responder o police.</translation>
    </message>
    <message>
        <source>Why the suggestion was overridden: new_information, caller_request, no_unit_free, safety_history, supervisor_direction or other (needs --note).</source>
        <translation>Por qué se anuló la sugerencia: new_information, caller_request, no_unit_free, safety_history, supervisor_direction u other (necesita --note).</translation>
    </message>
    <message>
        <source>A note with the decision.</source>
        <translation>Una nota con la decisión.</translation>
    </message>
    <message>
        <source>The labelled CSV file (required); - for standard input.</source>
        <translation>El archivo CSV etiquetado (obligatorio); - para la entrada estándar.</translation>
    </message>
    <message>
        <source>Fail (exit status 1) when accuracy is below FRACTION, e.g. 0.97.</source>
        <translation>Fallar (estado de salida 1) cuando la exactitud sea menor que FRACCIÓN, p. ej., 0.97.</translation>
    </message>
    <message>
        <source>Name the export&apos;s column for a canonical field or a label (expected, expected_ems), e.g. --map id=&quot;Event Number&quot;. Repeatable.</source>
        <translation>Indica la columna de la exportación para un campo canónico o una etiqueta (expected, expected_ems), p. ej., --map id=&quot;Event Number&quot;. Se puede repetir.</translation>
    </message>
    <message>
        <source>Number of calls to write.</source>
        <translation>Número de llamadas que se escriben.</translation>
    </message>
    <message>
        <source>Time of the first arrivals, ISO 8601 (default 2024-01-01T00:00).</source>
        <translation>Hora de las primeras llegadas, ISO 8601 (por omisión 2024-01-01T00:00).</translation>
    </message>
    <message>
        <source>CSV file to load; - for standard input.</source>
        <translation>Archivo CSV que se carga; - para la entrada estándar.</translation>
    </message>
    <message>
        <source>Calls per transaction (default 50000).</source>
        <translation>Llamadas por transacción (por omisión 50000).</translation>
    </message>
    <message>
        <source>Address and port to listen on, e.g. 127.0.0.1:8080 (required).</source>
        <translation>Dirección y puerto en que escuchar, p. ej., 127.0.0.1:8080 (obligatorio).</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (chain); needs --tls-key.</source>
        <translation>Servir HTTPS con este certificado PEM (cadena); necesita --tls-key.</translation>
    </message>
    <message>
        <source>The PEM private key (unencrypted, RSA or EC) of --tls-cert.</source>
        <translation>La clave privada PEM (sin cifrar, RSA o EC) de --tls-cert.</translation>
    </message>
    <message>
        <source>Listen on an address other than loopback without a token (refused otherwise): anyone who can reach it may post calls.</source>
        <translation>Escuchar en una dirección que no sea loopback sin token (si no, se deniega): cualquiera que llegue a ella puede enviar llamadas.</translation>
    </message>
    <message>
        <source>Close a connection that has not sent a whole request within SECONDS of opening or of its last answer (default 10).</source>
        <translation>Cerrar una conexión que no haya enviado una petición completa en SEGUNDOS desde que se abrió o desde su última respuesta (por omisión 10).</translation>
    </message>
    <message>
        <source>Open connections at most; more are answered 503 and closed at once (default 1024).</source>
        <translation>Máximo de conexiones abiertas; las demás reciben 503 y se cierran en el acto (por omisión 1024).</translation>
    </message>
    <message>
        <source>Open connections at most from one client address (default 256).</source>
        <translation>Máximo de conexiones abiertas desde una misma dirección de cliente (por omisión 256).</translation>
    </message>
    <message>
        <source>Start of the period, ISO 8601 (default: 24 hours before --to).</source>
        <translation>Inicio del periodo, ISO 8601 (por omisión: 24 horas antes de --to).</translation>
    </message>
    <message>
        <source>End of the period, ISO 8601 (default: now).</source>
        <translation>Fin del periodo, ISO 8601 (por omisión: ahora).</translation>
    </message>
    <message>
        <source>summary, overrides, unserved, timing, backup, outcomes, sample or all (default).</source>
        <translation>summary, overrides, unserved, timing, backup, outcomes, sample o all (por omisión).</translation>
    </message>
    <message>
        <source>Output format: text (default), csv, jsonl or pdf.</source>
        <translation>Formato de salida: text (por omisión), csv, jsonl o pdf.</translation>
    </message>
    <message>
        <source>Only this dispatcher&apos;s decisions.</source>
        <translation>Solo las decisiones de este despachador.</translation>
    </message>
    <message>
        <source>Only calls of this category.</source>
        <translation>Solo las llamadas de esta categoría.</translation>
    </message>
    <message>
        <source>Only overrides with this reason code.</source>
        <translation>Solo las anulaciones con este código de motivo.</translation>
    </message>
    <message>
        <source>Only overrides toward police (toward) or away from police (away).</source>
        <translation>Solo las anulaciones hacia policía (toward) o lejos de policía (away).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output (a PDF is named after its period when this is not given).</source>
        <translation>Escribir en ARCHIVO en lugar de la salida estándar (si no se indica, el PDF lleva el nombre de su periodo).</translation>
    </message>
    <message>
        <source>create NAME, list, show NAME, export NAME or import FILE.</source>
        <translation>create NOMBRE, list, show NOMBRE, export NOMBRE o import ARCHIVO.</translation>
    </message>
    <message>
        <source>ACTION [NAME|FILE]</source>
        <translation>ACCIÓN [NOMBRE|ARCHIVO]</translation>
    </message>
    <message>
        <source>create: the CAD export to build from (- for standard input); with --from-db, the start of the period (ISO 8601).</source>
        <translation>create: la exportación de CAD de la que se parte (- para la entrada estándar); con --from-db, el inicio del periodo (ISO 8601).</translation>
    </message>
    <message>
        <source>create --from-db: the end of the period (ISO 8601), exclusive.</source>
        <translation>create --from-db: el fin del periodo (ISO 8601), excluido.</translation>
    </message>
    <message>
        <source>create: from the stored calls received from --from to --to, with their decisions.</source>
        <translation>create: a partir de las llamadas guardadas recibidas entre --from y --to, con sus decisiones.</translation>
    </message>
    <message>
        <source>create: a tag, e.g. category:mental-health or difficulty:hard. Repeatable.</source>
        <translation>create: una etiqueta, p. ej., category:mental-health o difficulty:hard. Se puede repetir.</translation>
    </message>
    <message>
        <source>create: what the scenario trains.</source>
        <translation>create: lo que entrena el escenario.</translation>
    </message>
    <message>
        <source>show, export: this version (default: the latest).</source>
        <translation>show, export: esta versión (por omisión, la última).</translation>
    </message>
    <message>
        <source>import: store under NAME instead of the name in the file.</source>
        <translation>import: guardar con NOMBRE en lugar del nombre del archivo.</translation>
    </message>
    <message>
        <source>One answer or more, e.g. weapon=no violence=yes.</source>
        <translation>Una respuesta o más, p. ej., weapon=no violence=yes.</translation>
    </message>
    <message>
        <source>Rule set JSON file to triage with (default: the built-in rule set).</source>
        <translation>Archivo JSON del conjunto de reglas con que clasificar (por omisión, el conjunto integrado).</translation>
    </message>
    <message>
        <source>Days of history, ending now (required).</source>
        <translation>Días de historial hasta ahora (obligatorio).</translation>
    </message>
    <message>
        <source>Average calls a day (default 350).</source>
        <translation>Promedio de llamadas al día (por omisión 350).</translation>
    </message>
    <message>
        <source>The intake service, e.g. http://127.0.0.1:8080 (required).</source>
        <translation>El servicio de recepción, p. ej., http://127.0.0.1:8080 (obligatorio).</translation>
    </message>
    <message>
        <source>Average calls per hour of simulated time.</source>
        <translation>Promedio de llamadas por hora de tiempo simulado.</translation>
    </message>
    <message>
        <source>Simulated time runs X times faster than real time.</source>
        <translation>El tiempo simulado corre X veces más rápido que el real.</translation>
    </message>
    <message>
        <source>Stop after N calls (default: run until interrupted).</source>
        <translation>Detenerse tras N llamadas (por omisión: hasta que se interrumpa).</translation>
    </message>
    <message>
        <source>add ID, list, set-role ID ROLE, disable ID, enable ID or reset-password ID.</source>
        <translation>add ID, list, set-role ID ROL, disable ID, enable ID o reset-password ID.</translation>
    </message>
    <message>
        <source>ACTION [ID] [ROLE]</source>
        <translation>ACCIÓN [ID] [ROL]</translation>
    </message>
    <message>
        <source>add: the member of staff&apos;s name.</source>
        <translation>add: el nombre del miembro del personal.</translation>
    </message>
    <message>
        <source>add: dispatcher, supervisor, trainer, trainee or admin.</source>
        <translation>add: dispatcher, supervisor, trainer, trainee o admin.</translation>
    </message>
    <message>
        <source>add, reset-password: read the password from the first line of FILE instead of asking for it.</source>
        <translation>add, reset-password: leer la contraseña de la primera línea de ARCHIVO en lugar de pedirla.</translation>
    </message>
    <message>
        <source>ACTION [SCENARIO|SESSION]</source>
        <translation>ACCIÓN [ESCENARIO|SESIÓN]</translation>
    </message>
    <message>
        <source>report: only this trainee&apos;s score.</source>
        <translation>report: solo la puntuación de este aprendiz.</translation>
    </message>
    <message>
        <source>start: the trainees&apos; staff IDs, comma-separated (trainee logins).</source>
        <translation>start: los ID de personal de los aprendices, separados por comas (usuarios de aprendiz).</translation>
    </message>
    <message>
        <source>start: release the calls X times faster than they came (0.5 to 8, default 1).</source>
        <translation>start: liberar las llamadas X veces más rápido de lo que llegaron (de 0.5 a 8, por omisión 1).</translation>
    </message>
    <message>
        <source>%1 must be from 0.5 to 8, got &apos;%2&apos;</source>
        <translation>%1 debe estar entre 0.5 y 8; se recibió &apos;%2&apos;</translation>
    </message>
    <message>
        <source>start: wait S seconds before the first call, so that the trainees can open their consoles (default 0).</source>
        <translation>start: esperar S segundos antes de la primera llamada, para que los aprendices abran sus consolas (por omisión 0).</translation>
    </message>
    <message>
        <source>%1 must be from 0 to 3600 seconds, got &apos;%2&apos;</source>
        <translation>%1 debe estar entre 0 y 3600 segundos; se recibió &apos;%2&apos;</translation>
    </message>
    <message>
        <source>CSV file to read; - or nothing for standard input.</source>
        <translation>Archivo CSV que se lee; - o nada para la entrada estándar.</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (use csv or jsonl)</source>
        <translation>%1 desconocido &apos;%2&apos; (use csv o jsonl)</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (use text, csv or jsonl)</source>
        <translation>%1 desconocido &apos;%2&apos; (use text, csv o jsonl)</translation>
    </message>
    <message>
        <source>The database: a libpq connection string or URI (default: RIGHTRESPONSE_DB, libpq&apos;s PG* variables, the settings, else the embedded cluster).</source>
        <translation>La base de datos: una cadena de conexión o URI de libpq (por omisión: RIGHTRESPONSE_DB, las variables PG* de libpq, la configuración y, si no, el clúster integrado).</translation>
    </message>
    <message>
        <source>Use the embedded cluster in DIR (default: RIGHTRESPONSE_DATA_DIR, else a per-user directory).</source>
        <translation>Usar el clúster integrado en DIR (por omisión: RIGHTRESPONSE_DATA_DIR o, si no, un directorio del usuario).</translation>
    </message>
    <message>
        <source>--db needs a connection string or URI</source>
        <translation>--db necesita una cadena de conexión o una URI</translation>
    </message>
    <message>
        <source>--data-dir needs a directory</source>
        <translation>--data-dir necesita un directorio</translation>
    </message>
    <message>
        <source>--db and --data-dir exclude each other: --data-dir names the embedded cluster</source>
        <translation>--db y --data-dir se excluyen: --data-dir indica el clúster integrado</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Rule set JSON file (default: the built-in rule set).</source>
        <translation>Archivo JSON del conjunto de reglas (por omisión, el conjunto integrado).</translation>
    </message>
    <message>
        <source>Name the export&apos;s column for a canonical field, e.g. --map id=&quot;Event Number&quot;. Repeatable.</source>
        <translation>Indica la columna de la exportación para un campo canónico, p. ej., --map id=&quot;Event Number&quot;. Se puede repetir.</translation>
    </message>
    <message>
        <source>Output format: csv (default) or jsonl.</source>
        <translation>Formato de salida: csv (por omisión) o jsonl.</translation>
    </message>
    <message>
        <source>Output format: text (default), csv or jsonl.</source>
        <translation>Formato de salida: text (por omisión), csv o jsonl.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Semilla aleatoria (por omisión 1).</translation>
    </message>
    <message>
        <source>The dispatcher&apos;s id (required).</source>
        <translation>El id del despachador (obligatorio).</translation>
    </message>
    <message>
        <source>The console&apos;s name (default: this host&apos;s name).</source>
        <translation>El nombre de la consola (por omisión, el nombre de este equipo).</translation>
    </message>
    <message>
        <source>File holding the bearer token.</source>
        <translation>Archivo que contiene el token de portador.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escribir en ARCHIVO en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>the token is never accepted on the command line (other users can read it in the process list): use --token-file FILE or RIGHTRESPONSE_INTAKE_TOKEN</source>
        <translation>el token nunca se acepta en la línea de comandos (otros usuarios pueden leerlo en la lista de procesos): use --token-file ARCHIVO o RIGHTRESPONSE_INTAKE_TOKEN</translation>
    </message>
    <message>
        <source>The call&apos;s CAD id.</source>
        <translation>El ID de CAD de la llamada.</translation>
    </message>
    <message>
        <source>%1 must be a whole number 0 or more, got &apos;%2&apos;</source>
        <translation>%1 debe ser un número entero 0 o mayor; se recibió &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 must be a number greater than 0, got &apos;%2&apos;</source>
        <translation>%1 debe ser un número mayor que 0; se recibió &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 must be a fraction from 0 to 1, e.g. 0.97, got &apos;%2&apos;</source>
        <translation>%1 debe ser una fracción de 0 a 1, p. ej., 0.97; se recibió &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 time such as 2026-11-30T07:00 or 2026-11-30T07:00:00-05:00, got &apos;%2&apos;</source>
        <translation>%1 debe ser una hora ISO 8601 como 2026-11-30T07:00 o 2026-11-30T07:00:00-05:00; se recibió &apos;%2&apos;</translation>
    </message>
    <message>
        <source>start SCENARIO, list, report SESSION or archive SESSION.</source>
        <translation>start ESCENARIO, list, report SESIÓN o archive SESIÓN.</translation>
    </message>
</context>
<context>
    <name>rr::OverrideDialog</name>
    <message>
        <source>Override call %1</source>
        <translation>Anular la llamada %1</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt;. Send instead:</source>
        <translation>Sugerido: &lt;b&gt;%1&lt;/b&gt;. Enviar en su lugar:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Send %1 instead of the suggestion</source>
        <translation>Enviar %1 en lugar de la sugerencia</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Motivo de la anulación</translation>
    </message>
    <message>
        <source>Why the suggestion is overridden: one reason is required</source>
        <translation>Por qué se anula la sugerencia: se requiere un motivo</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>A note for the supervisor: optional, required when the reason is Other</source>
        <translation>Una nota para el supervisor: opcional, obligatoria si el motivo es Otro</translation>
    </message>
    <message>
        <source>optional, required for Other</source>
        <translation>opcional, obligatoria con Otro</translation>
    </message>
    <message>
        <source>Store the override with its reason</source>
        <translation>Guardar la anulación con su motivo</translation>
    </message>
    <message>
        <source>Close without overriding</source>
        <translation>Cerrar sin anular</translation>
    </message>
    <message>
        <source>Choose the kind to send (keys 1, 2, 3).</source>
        <translation>Elija el tipo que se envía (teclas 1, 2, 3).</translation>
    </message>
    <message>
        <source>Choose a reason (arrow keys).</source>
        <translation>Elija un motivo (teclas de flecha).</translation>
    </message>
    <message>
        <source>This reason needs a note.</source>
        <translation>Este motivo necesita una nota.</translation>
    </message>
</context>
<context>
    <name>rr::PrivateFiles</name>
    <message>
        <source>%1 %2 can be read by others (mode %3) and could not be made private: %4; run chmod %5 %2</source>
        <translation>otros usuarios pueden leer %1 %2 (modo %3) y no se pudo hacer privado: %4; ejecute chmod %5 %2</translation>
    </message>
    <message>
        <source>%1 %2 could be read by others (mode %3): made private (%4)</source>
        <translation>otros usuarios podían leer %1 %2 (modo %3): se hizo privado (%4)</translation>
    </message>
    <message>
        <source>cannot use the directory %1: %2</source>
        <translation>no se puede usar el directorio %1: %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>no se puede crear el directorio %1</translation>
    </message>
    <message>
        <source>cannot create the directory %1: %2</source>
        <translation>no se puede crear el directorio %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 no es un directorio</translation>
    </message>
    <message>
        <source>the directory</source>
        <translation>el directorio</translation>
    </message>
    <message>
        <source>cannot use the file %1: %2</source>
        <translation>no se puede usar el archivo %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 no es un archivo normal</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>cannot read %1 %2: %3</source>
        <translation>no se puede leer %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 is not a regular file</source>
        <translation>%1 %2 no es un archivo normal</translation>
    </message>
    <message>
        <source>%1 %2 can be read by other users (mode %3): refused. Make it private with `chmod 600 %2` (and replace the secret if others may have read it)</source>
        <translation>otros usuarios pueden leer %1 %2 (modo %3): rechazado. Hágalo privado con `chmod 600 %2` (y cambie el secreto si otros pudieron leerlo)</translation>
    </message>
</context>
<context>
    <name>rr::QueueModel</name>
    <message>
        <source>%1 %2 · SCREEN FIRST</source>
        <translation>%1 %2 · EVALUAR ANTES</translation>
    </message>
    <message>
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <source>none free</source>
        <translation>ninguna libre</translation>
    </message>
    <message>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 por %3</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NUEVA</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>Needs screening: ask the screening questions (Q) before deciding</source>
        <translation>Necesita evaluación: haga las preguntas de evaluación (Q) antes de decidir</translation>
    </message>
    <message>
        <source>Pri</source>
        <translation>Pri</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Tipo de llamada</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Location · beat</source>
        <translation>Ubicación · sector</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source> ~%1 min</source>
        <translation> ~%1 min</translation>
    </message>
</context>
<context>
    <name>rr::QueuePanel</name>
    <message>
        <source>&amp;Undecided only</source>
        <translation>Solo sin decidir (&amp;U)</translation>
    </message>
    <message>
        <source>Show only the calls nobody has decided yet</source>
        <translation>Mostrar solo las llamadas que nadie ha decidido todavía</translation>
    </message>
    <message>
        <source>Filter by suggested kind</source>
        <translation>Filtrar por tipo sugerido</translation>
    </message>
    <message>
        <source>Show only the calls suggested this kind of response</source>
        <translation>Mostrar solo las llamadas a las que se sugirió este tipo de respuesta</translation>
    </message>
    <message>
        <source>All suggestions</source>
        <translation>Todas las sugerencias</translation>
    </message>
    <message>
        <source>&amp;Suggestion:</source>
        <translation>&amp;Sugerencia:</translation>
    </message>
    <message>
        <source>all beats</source>
        <translation>todos los sectores</translation>
    </message>
    <message>
        <source>&amp;Beat:</source>
        <translation>Sector (&amp;B):</translation>
    </message>
    <message>
        <source>Call queue</source>
        <translation>Cola de llamadas</translation>
    </message>
    <message>
        <source>The live call queue shared by every console: Enter accepts the suggestion, O overrides it</source>
        <translation>La cola de llamadas en vivo que comparten todas las consolas: Enter acepta la sugerencia, O la anula</translation>
    </message>
</context>
<context>
    <name>rr::ReleaseClock</name>
    <message>
        <source>the speed must be from %1x to %2x, got %3</source>
        <translation>la velocidad debe estar entre %1x y %2x; se recibió %3</translation>
    </message>
    <message>
        <source>the session has ended: every call was released</source>
        <translation>la sesión terminó: se liberaron todas las llamadas</translation>
    </message>
    <message>
        <source>there is no call %1 (the scenario has %2)</source>
        <translation>no existe la llamada %1 (el escenario tiene %2)</translation>
    </message>
    <message>
        <source>call %1 was released already: the clock only jumps forward</source>
        <translation>la llamada %1 ya se liberó: el reloj solo avanza</translation>
    </message>
</context>
<context>
    <name>rr::ReportCommand</name>
    <message>
        <source>%1 must be text, csv, jsonl or pdf, got &apos;%2&apos;</source>
        <translation>%1 debe ser text, csv, jsonl o pdf; se recibió &apos;%2&apos;</translation>
    </message>
    <message>
        <source>The supervisors&apos; figures for a period (text, CSV, JSON, PDF)</source>
        <translation>Las cifras de los supervisores para un periodo (texto, CSV, JSON, PDF)</translation>
    </message>
    <message>
        <source>Prints the figures of the shift review for a period of decision times: summary, overrides
(by dispatcher, category, hour, reason, and the list), eligible calls not served by reason,
receipt-to-decision time by hour, police backup after unarmed or co-responder dispatch,
outcomes, and a QA sample drawn with --seed (not recorded). The review window reads the same
figures through the same queries. Times without an offset are local.</source>
        <translation>Muestra las cifras de la revisión del turno para un periodo de horas de decisión: resumen, anulaciones
(por despachador, categoría, hora, motivo y la lista), llamadas elegibles no atendidas por motivo,
tiempo de la recepción a la decisión por hora, refuerzo policial tras un despacho sin armas o co-respondedor,
resultados y una muestra de control de calidad sacada con --seed (no se registra). La ventana de revisión lee las mismas
cifras con las mismas consultas. Las horas sin desfase son locales.</translation>
    </message>
    <message>
        <source>report takes no arguments</source>
        <translation>report no acepta argumentos</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from debe ser anterior a --to</translation>
    </message>
    <message>
        <source>--section must be one of %1 or all, got &apos;%2&apos;</source>
        <translation>--section debe ser uno de %1 o all; se recibió &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--direction must be toward or away, got &apos;%1&apos;</source>
        <translation>--direction debe ser toward o away; se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>this rightresponse-cli was built without the GUI libraries: --format pdf is not available</source>
        <translation>este rightresponse-cli se compiló sin las bibliotecas gráficas: --format pdf no está disponible</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>no se puede escribir el informe: %1</translation>
    </message>
    <message numerus="yes">
        <source>rightresponse-cli: wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>rightresponse-cli: se escribió %1 (%n página)</numerusform>
            <numerusform>rightresponse-cli: se escribió %1 (%n páginas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::ReportFilter</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
</context>
<context>
    <name>rr::ReportQuery</name>
    <message>
        <source>no summary row</source>
        <translation>no hay fila de resumen</translation>
    </message>
    <message>
        <source>unknown dimension &apos;%1&apos;</source>
        <translation>dimensión desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no review %1</source>
        <translation>no existe la revisión %1</translation>
    </message>
    <message>
        <source>a review needs the reviewer&apos;s name</source>
        <translation>una revisión necesita el nombre del revisor</translation>
    </message>
    <message>
        <source>the database refused the review: this login (%1) may not review decisions; reviews are for supervisors</source>
        <translation>la base de datos rechazó la revisión: este usuario (%1) no puede revisar decisiones; las revisiones son para supervisores</translation>
    </message>
</context>
<context>
    <name>rr::ReportTables</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Override rate by dispatcher</source>
        <translation>Tasa de anulación por despachador</translation>
    </message>
    <message>
        <source>Override rate by category</source>
        <translation>Tasa de anulación por categoría</translation>
    </message>
    <message>
        <source>Override rate by hour of day</source>
        <translation>Tasa de anulación por hora del día</translation>
    </message>
    <message>
        <source>Override reasons</source>
        <translation>Motivos de anulación</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Anulaciones</translation>
    </message>
    <message>
        <source>Eligible calls not served, by reason</source>
        <translation>Llamadas elegibles no atendidas, por motivo</translation>
    </message>
    <message>
        <source>Eligible calls served and not served</source>
        <translation>Llamadas elegibles atendidas y no atendidas</translation>
    </message>
    <message>
        <source>Receipt to decision, by hour of day (seconds)</source>
        <translation>De la recepción a la decisión, por hora del día (segundos)</translation>
    </message>
    <message>
        <source>Police backup requested after dispatch</source>
        <translation>Refuerzo policial pedido tras despacho</translation>
    </message>
    <message>
        <source>Outcomes by kind sent</source>
        <translation>Resultados por tipo enviado</translation>
    </message>
    <message>
        <source>QA sample (seed %1): %2 of %3 decisions</source>
        <translation>Muestra de control de calidad (semilla %1): %2 de %3 decisiones</translation>
    </message>
</context>
<context>
    <name>rr::ResponseKind</name>
    <message>
        <source>unarmed</source>
        <translation>sin armas</translation>
    </message>
    <message>
        <source>co-responder</source>
        <translation>co-respondedor</translation>
    </message>
    <message>
        <source>police</source>
        <translation>policía</translation>
    </message>
</context>
<context>
    <name>rr::ReviewAccess</name>
    <message>
        <source>database owner</source>
        <translation>propietario de la base de datos</translation>
    </message>
    <message>
        <source>no review role</source>
        <translation>sin rol de revisión</translation>
    </message>
</context>
<context>
    <name>rr::ReviewClient</name>
    <message>
        <source>The database is not reachable.</source>
        <translation>No se puede llegar a la base de datos.</translation>
    </message>
</context>
<context>
    <name>rr::ReviewWindow</name>
    <message>
        <source>RightResponse — Shift review — %1</source>
        <translation>RightResponse — Revisión del turno — %1</translation>
    </message>
    <message>
        <source>Opening the review…</source>
        <translation>Abriendo la revisión…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Decisions, dashboard and QA sample</source>
        <translation>Decisiones, panel y muestra de control de calidad</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Decisiones</translation>
    </message>
    <message>
        <source>Da&amp;shboard</source>
        <translation>E&amp;stadísticas</translation>
    </message>
    <message>
        <source>&amp;QA sample</source>
        <translation>Muestra de calidad (&amp;Q)</translation>
    </message>
    <message>
        <source>The review could not open the database:
%1</source>
        <translation>La revisión no pudo abrir la base de datos:
%1</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Export tables as &amp;CSV…</source>
        <translation>Exportar tablas como &amp;CSV…</translation>
    </message>
    <message>
        <source>Export shift report as &amp;PDF…</source>
        <translation>Exportar informe del turno como &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Signed in to the database as %1 (%2): review not allowed</source>
        <translation>Sesión iniciada en la base de datos como %1 (%2): revisión no permitida</translation>
    </message>
    <message>
        <source>Reviewer %1 — database login %2 (%3)</source>
        <translation>Revisor %1 — usuario de base de datos %2 (%3)</translation>
    </message>
    <message>
        <source>Open a decision (Enter or a click) to read its call&apos;s whole story.</source>
        <translation>Abra una decisión (Enter o un clic) para leer la historia completa de su llamada.</translation>
    </message>
    <message>
        <source>%1 — %2 shown (%3 reviewed) · %4 decisions, %5 overrides (%6) in the period · figures in %7 ms</source>
        <translation>%1 — %2 mostradas (%3 revisadas) · %4 decisiones, %5 anulaciones (%6) en el periodo · cifras en %7 ms</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation>decisión %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exportar gráfico como PNG</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation>Gráfico escrito en %1</translation>
    </message>
    <message>
        <source>Export every table as CSV into</source>
        <translation>Exportar todas las tablas como CSV en</translation>
    </message>
    <message>
        <source>Tables written to %1</source>
        <translation>Tablas escritas en %1</translation>
    </message>
    <message>
        <source>Export the shift report as PDF</source>
        <translation>Exportar el informe del turno como PDF</translation>
    </message>
    <message>
        <source>Shift report written to %1</source>
        <translation>Informe del turno escrito en %1</translation>
    </message>
</context>
<context>
    <name>rr::RuleSetLoader</name>
    <message>
        <source>: rule &apos;%1&apos;</source>
        <translation>: regla &apos;%1&apos;</translation>
    </message>
    <message>
        <source>: field &apos;%1&apos;</source>
        <translation>: campo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>, field &apos;%1&apos;</source>
        <translation>, campo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>invalid JSON at line %1: %2</source>
        <translation>JSON no válido en la línea %1: %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>el nivel superior debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>too many levels of &quot;extends&quot; (a cycle?)</source>
        <translation>demasiados niveles de &quot;extends&quot; (¿un ciclo?)</translation>
    </message>
    <message>
        <source>no rule set named &apos;%1&apos;</source>
        <translation>no existe ningún conjunto de reglas llamado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected the name of a rule set</source>
        <translation>se esperaba el nombre de un conjunto de reglas</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>se esperaba una cadena</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>se esperaba un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>expected one of unarmed, co_responder, police, got &apos;%1&apos;</source>
        <translation>se esperaba unarmed, co_responder o police; se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>se esperaba un array de cadenas</translation>
    </message>
    <message>
        <source>entry %1 must be a non-empty string</source>
        <translation>la entrada %1 debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no letter or digit to match</source>
        <translation>&apos;%1&apos; no tiene ninguna letra ni dígito que buscar</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>unknown field (misspelt?)</source>
        <translation>campo desconocido (¿mal escrito?)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a screening question</source>
        <translation>&apos;%1&apos; no es una pregunta de evaluación</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must name a category</source>
        <translation>&apos;%1&apos; debe indicar una categoría</translation>
    </message>
    <message>
        <source>an uncertain rule has no screening question of its own</source>
        <translation>una regla incierta no tiene pregunta de evaluación propia</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a screening question (weapon, violence, injury, self_harm, domestic, crime_in_progress)</source>
        <translation>&apos;%1&apos; no es una pregunta de evaluación (weapon, violence, injury, self_harm, domestic, crime_in_progress)</translation>
    </message>
    <message>
        <source>a misspelt term makes the risk unknown: name the rule in uncertainTo</source>
        <translation>un término mal escrito hace que el riesgo sea desconocido: indique la regla en uncertainTo</translation>
    </message>
    <message>
        <source>at least one term is needed</source>
        <translation>se necesita al menos un término</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a window like &quot;06:00-24:00&quot; or &quot;22:00-02:00&quot;</source>
        <translation>&apos;%1&apos; no es un intervalo como &quot;06:00-24:00&quot; o &quot;22:00-02:00&quot;</translation>
    </message>
    <message>
        <source>the fallback when the unarmed team cannot go must not be unarmed</source>
        <translation>la alternativa cuando el equipo sin armas no puede ir no puede ser sin armas</translation>
    </message>
    <message>
        <source>category defined twice</source>
        <translation>categoría definida dos veces</translation>
    </message>
    <message>
        <source>no category &apos;%1&apos;</source>
        <translation>no existe la categoría &apos;%1&apos;</translation>
    </message>
    <message>
        <source>disqualifier defined twice</source>
        <translation>descalificador definido dos veces</translation>
    </message>
    <message>
        <source>no disqualifier &apos;%1&apos;</source>
        <translation>no existe el descalificador &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no uncertain disqualifier &apos;%1&apos;</source>
        <translation>no existe el descalificador incierto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected 1 (the rule-set format this program reads)</source>
        <translation>se esperaba 1 (el formato de conjunto de reglas que lee este programa)</translation>
    </message>
    <message>
        <source>expected a non-empty array of categories</source>
        <translation>se esperaba un array no vacío de categorías</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>se esperaba un array</translation>
    </message>
    <message>
        <source>the code has no letter or digit</source>
        <translation>el código no tiene ninguna letra ni dígito</translation>
    </message>
    <message>
        <source>the phrase has no letter or digit</source>
        <translation>la frase no tiene ninguna letra ni dígito</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than %2 lone &apos;*&apos;</source>
        <translation>&apos;%1&apos; tiene más de %2 &apos;*&apos; sueltos</translation>
    </message>
    <message>
        <source>the phrase has more than %1 lone &apos;*&apos;</source>
        <translation>la frase tiene más de %1 &apos;*&apos; sueltos</translation>
    </message>
</context>
<context>
    <name>rr::SamplePanel</name>
    <message>
        <source>The random seed, recorded with the sample so that it can be drawn again</source>
        <translation>La semilla aleatoria, registrada con la muestra para poder sacarla de nuevo</translation>
    </message>
    <message>
        <source>&amp;Draw sample</source>
        <translation>&amp;Sacar muestra</translation>
    </message>
    <message>
        <source>Pick at least 2% of the period&apos;s decisions at random, every dispatcher included</source>
        <translation>Elegir al azar al menos el 2 % de las decisiones del periodo, con todos los despachadores incluidos</translation>
    </message>
    <message>
        <source>Draws at least 2% of the period&apos;s decisions at random, at least one per dispatcher, plus every flagged call (police backup after an unarmed or co-responder dispatch, every override away from police). The seed is recorded with the sample.</source>
        <translation>Saca al azar al menos el 2 % de las decisiones del periodo, al menos una por despachador, más cada llamada señalada (refuerzo policial tras un despacho sin armas o co-respondedor, cada anulación que se aleja de policía). La semilla se registra con la muestra.</translation>
    </message>
    <message>
        <source>QA sample</source>
        <translation>Muestra de control de calidad</translation>
    </message>
    <message>
        <source>The decisions drawn for review</source>
        <translation>Las decisiones sacadas para revisar</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;emilla:</translation>
    </message>
    <message>
        <source>✖ No sample: %1</source>
        <translation>✖ Sin muestra: %1</translation>
    </message>
    <message>
        <source>Seed %1: %2 of %3 decisions — %4 at random, %5 to cover every dispatcher, %6 flagged. %7</source>
        <translation>Semilla %1: %2 de %3 decisiones — %4 al azar, %5 para cubrir a todos los despachadores, %6 señaladas. %7</translation>
    </message>
    <message>
        <source>Recorded as sample #%1.</source>
        <translation>Registrada como muestra n.º %1.</translation>
    </message>
    <message>
        <source>✖ Not recorded: %1</source>
        <translation>✖ No registrada: %1</translation>
    </message>
    <message>
        <source>⚑ flagged: police backup requested</source>
        <translation>⚑ señalada: se pidió refuerzo policial</translation>
    </message>
    <message>
        <source>⚑ flagged: override away from police</source>
        <translation>⚑ señalada: anulación que se aleja de policía</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>en la muestra</translation>
    </message>
    <message>
        <source>Decision %1 — %2 — %3</source>
        <translation>Decisión %1 — %2 — %3</translation>
    </message>
</context>
<context>
    <name>rr::ScenarioBuilder</name>
    <message>
        <source>more than %1 calls: a scenario takes at most %1; choose a shorter period or a smaller file</source>
        <translation>más de %1 llamadas: un escenario admite como máximo %1; elija un periodo más corto o un archivo más pequeño</translation>
    </message>
    <message>
        <source>call %1 has no received time, and a scenario keeps the calls&apos; relative timing</source>
        <translation>la llamada %1 no tiene hora de recepción, y un escenario conserva el ritmo relativo de las llamadas</translation>
    </message>
    <message>
        <source>call %1 has no received time</source>
        <translation>la llamada %1 no tiene hora de recepción</translation>
    </message>
    <message>
        <source>no calls to build a scenario from</source>
        <translation>no hay llamadas con las que crear un escenario</translation>
    </message>
    <message>
        <source>no calls to build a scenario from: all %1 were rejected</source>
        <translation>no hay llamadas con las que crear un escenario: se rechazaron las %1</translation>
    </message>
</context>
<context>
    <name>rr::ScenarioCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Training scenarios: create, list, show, export, import</source>
        <translation>Escenarios de capacitación: crear, listar, mostrar, exportar, importar</translation>
    </message>
    <message>
        <source>The training library: scenarios of de-identified historical calls with an answer key.
  scenario create NAME (--from FILE [--map FIELD=COLUMN]... | --from-db --from ISO8601 --to ISO8601)
                       [--tag TAG]... [--description TEXT] [--rules FILE]
  scenario list [--format text|csv|jsonl]
  scenario show NAME [--version N]
  scenario export NAME [--version N] [--out FILE]
  scenario import FILE [--name NAME]
create keeps the calls&apos; offsets from the first call, numbers them T001, T002... and always
de-identifies them (names, phones, e-mail, dates, plates; house numbers become blocks).
A row that cannot go in is reported with its line (a call without a received time too) and
the exit status is 1. Each call&apos;s key is its recorded decision when there is one, else the
suggestion of the rules (--rules, default the built-in set). A scenario travels as one JSON
file (export, import); an imported one is de-identified again. Trainers and administrators
add scenarios; trainers, supervisors and administrators read them; --from-db reads the live
calls, which a trainer&apos;s login may not: the database owner or an administrator builds those.</source>
        <translation>La biblioteca de capacitación: escenarios de llamadas históricas anonimizadas con una clave de respuestas.
  scenario create NOMBRE (--from ARCHIVO [--map CAMPO=COLUMNA]... | --from-db --from ISO8601 --to ISO8601)
                       [--tag ETIQUETA]... [--description TEXTO] [--rules ARCHIVO]
  scenario list [--format text|csv|jsonl]
  scenario show NOMBRE [--version N]
  scenario export NOMBRE [--version N] [--out ARCHIVO]
  scenario import ARCHIVO [--name NOMBRE]
create conserva los desfases de las llamadas desde la primera, las numera T001, T002... y siempre
las anonimiza (nombres, teléfonos, correo electrónico, fechas, placas; los números de casa pasan a ser cuadras).
Una fila que no puede entrar se informa con su línea (también una llamada sin hora de recepción) y
el estado de salida es 1. La clave de cada llamada es su decisión registrada, si la hay, o si no la
sugerencia de las reglas (--rules, por omisión el conjunto integrado). Un escenario viaja como un archivo
JSON (export, import); uno importado se vuelve a anonimizar. Los instructores y administradores
añaden escenarios; los instructores, supervisores y administradores los leen; --from-db lee las llamadas
reales, que un usuario de instructor no puede leer: las crea el propietario de la base de datos o un administrador.</translation>
    </message>
    <message>
        <source>scenario create needs --from FILE, or --from-db --from ISO8601 --to ISO8601</source>
        <translation>scenario create necesita --from ARCHIVO, o --from-db --from ISO8601 --to ISO8601</translation>
    </message>
    <message>
        <source>--map goes with --from FILE, not with --from-db</source>
        <translation>--map va con --from ARCHIVO, no con --from-db</translation>
    </message>
    <message>
        <source>scenario create --from-db needs --to ISO8601 as well as --from</source>
        <translation>scenario create --from-db necesita --to ISO8601 además de --from</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from debe ser anterior a --to</translation>
    </message>
    <message>
        <source>--to goes with --from-db (a period of stored calls)</source>
        <translation>--to va con --from-db (un periodo de llamadas guardadas)</translation>
    </message>
    <message>
        <source>scenario needs an action: create, list, show, export or import</source>
        <translation>scenario necesita una acción: create, list, show, export o import</translation>
    </message>
    <message>
        <source>unknown scenario action &apos;%1&apos; (use create, list, show, export or import)</source>
        <translation>acción de scenario desconocida &apos;%1&apos; (use create, list, show, export o import)</translation>
    </message>
    <message>
        <source>scenario list takes no name</source>
        <translation>scenario list no acepta ningún nombre</translation>
    </message>
    <message>
        <source>scenario import needs one FILE</source>
        <translation>scenario import necesita un ARCHIVO</translation>
    </message>
    <message>
        <source>scenario %1 needs one NAME</source>
        <translation>scenario %1 necesita un NOMBRE</translation>
    </message>
    <message>
        <source>%1 goes with scenario create</source>
        <translation>%1 va con scenario create</translation>
    </message>
    <message>
        <source>--version goes with scenario show and scenario export</source>
        <translation>--version va con scenario show y scenario export</translation>
    </message>
    <message>
        <source>--out goes with scenario export</source>
        <translation>--out va con scenario export</translation>
    </message>
    <message>
        <source>--name goes with scenario import (create, show and export take the name as an argument)</source>
        <translation>--name va con scenario import (create, show y export reciben el nombre como argumento)</translation>
    </message>
    <message>
        <source>cannot read the stored calls: %1%2</source>
        <translation>no se pueden leer las llamadas guardadas: %1%2</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source> (the live calls are for supervisors, administrators and the database owner)</source>
        <translation> (las llamadas reales son para supervisores, administradores y el propietario de la base de datos)</translation>
    </message>
    <message>
        <source>database %1..%2</source>
        <translation>base de datos %1..%2</translation>
    </message>
    <message>
        <source>scenario %1 (version %2): %3 over %4, keys from %5 and %6; %7 de-identified; %8 rejected</source>
        <translation>escenario %1 (versión %2): %3 en %4, claves de %5 y %6; %7 anonimizado; %8 rechazadas</translation>
    </message>
    <message>
        <source>no scenarios in the library</source>
        <translation>no hay escenarios en la biblioteca</translation>
    </message>
    <message>
        <source>%1  v%2  %3 calls  %4  %5  by %6 %7%8</source>
        <translation>%1  v%2  %3 llamadas  %4  %5  por %6 %7%8</translation>
    </message>
    <message>
        <source>tags: %1; source: %2; rules: %3</source>
        <translation>etiquetas: %1; origen: %2; reglas: %3</translation>
    </message>
    <message>
        <source>         key: %1 [%2]</source>
        <translation>         clave: %1 [%2]</translation>
    </message>
    <message>
        <source>already in the library</source>
        <translation>ya está en la biblioteca</translation>
    </message>
    <message>
        <source> with --name NAME</source>
        <translation> con --name NOMBRE</translation>
    </message>
    <message>
        <source>imported scenario %1 (version %2): %3 over %4; de-identification changed %5</source>
        <translation>escenario importado %1 (versión %2): %3 en %4; la anonimización cambió %5</translation>
    </message>
    <message numerus="yes">
        <source>%1, version %2: %n call(s) over %3</source>
        <translation>
            <numerusform>%1, versión %2: %n llamada en %3</numerusform>
            <numerusform>%1, versión %2: %n llamadas en %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (scenario %2, version %3, %n call(s))</source>
        <translation>
            <numerusform>se escribió %1 (escenario %2, versión %3, %n llamada)</numerusform>
            <numerusform>se escribió %1 (escenario %2, versión %3, %n llamadas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::ScenarioJson</name>
    <message>
        <source>%1 must be &quot;unarmed&quot;, &quot;co_responder&quot; or &quot;police&quot;</source>
        <translation>%1 debe ser &quot;unarmed&quot;, &quot;co_responder&quot; o &quot;police&quot;</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 debe ser una cadena</translation>
    </message>
    <message>
        <source>&quot;key&quot; must be an object with a &quot;reference&quot;</source>
        <translation>&quot;key&quot; debe ser un objeto con &quot;reference&quot;</translation>
    </message>
    <message>
        <source>key.alternatives must be a list of kinds</source>
        <translation>key.alternatives debe ser una lista de tipos</translation>
    </message>
    <message>
        <source>each of key.alternatives</source>
        <translation>cada elemento de key.alternatives</translation>
    </message>
    <message>
        <source>key.expect_override must be true or false</source>
        <translation>key.expect_override debe ser true o false</translation>
    </message>
    <message>
        <source>must be an object with &quot;offset_ms&quot;, &quot;call&quot; and &quot;key&quot;</source>
        <translation>debe ser un objeto con &quot;offset_ms&quot;, &quot;call&quot; y &quot;key&quot;</translation>
    </message>
    <message>
        <source>offset_ms must be a whole number of milliseconds from 0 to a week</source>
        <translation>offset_ms debe ser un número entero de milisegundos entre 0 y una semana</translation>
    </message>
    <message>
        <source>&quot;call&quot; must be a call record (an object with an &quot;id&quot;)</source>
        <translation>&quot;call&quot; debe ser un registro de llamada (un objeto con &quot;id&quot;)</translation>
    </message>
    <message>
        <source>call: %1</source>
        <translation>call: %1</translation>
    </message>
    <message>
        <source>no &quot;format&quot;: this is not a RightResponse scenario file</source>
        <translation>falta &quot;format&quot;: este no es un archivo de escenario de RightResponse</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be a whole number from 1: this is not a RightResponse scenario file</source>
        <translation>&quot;format&quot; debe ser un número entero desde 1: este no es un archivo de escenario de RightResponse</translation>
    </message>
    <message>
        <source>the scenario is in format %1, newer than this program reads (format %2): update RightResponse to import it</source>
        <translation>el escenario está en el formato %1, más reciente del que lee este programa (formato %2): actualice RightResponse para importarlo</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation>&quot;version&quot; debe ser un número entero desde 1</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be a list of strings</source>
        <translation>&quot;tags&quot; debe ser una lista de cadenas</translation>
    </message>
    <message>
        <source>each of &quot;tags&quot; must be a non-empty string</source>
        <translation>cada elemento de &quot;tags&quot; debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>a scenario name is 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or a digit: &apos;%1&apos; is not</source>
        <translation>un nombre de escenario tiene de 1 a 64 letras, dígitos, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;, y empieza por una letra o un dígito: &apos;%1&apos; no lo cumple</translation>
    </message>
    <message>
        <source>the version of a scenario is 1 or more</source>
        <translation>la versión de un escenario es 1 o más</translation>
    </message>
    <message>
        <source>a scenario needs at least one call</source>
        <translation>un escenario necesita al menos una llamada</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>llamada %1</translation>
    </message>
    <message>
        <source>: the call has no id</source>
        <translation>: la llamada no tiene id</translation>
    </message>
    <message>
        <source>: the id %1 is used twice</source>
        <translation>: el id %1 se usa dos veces</translation>
    </message>
    <message>
        <source> (%1): its offset %2 ms comes before the previous call&apos;s %3 ms; calls are in the order they arrive</source>
        <translation> (%1): su desfase de %2 ms va antes que los %3 ms de la llamada anterior; las llamadas van en el orden en que llegan</translation>
    </message>
    <message>
        <source> (%1): the key&apos;s alternatives repeat its reference</source>
        <translation> (%1): las alternativas de la clave repiten su referencia</translation>
    </message>
    <message>
        <source>not a JSON document: %1 at byte %2</source>
        <translation>no es un documento JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>a scenario file is one JSON object</source>
        <translation>un archivo de escenario es un solo objeto JSON</translation>
    </message>
    <message>
        <source>&quot;calls&quot; must be a list of calls</source>
        <translation>&quot;calls&quot; debe ser una lista de llamadas</translation>
    </message>
    <message>
        <source>call %1: %2</source>
        <translation>llamada %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>rr::ScenarioStore</name>
    <message>
        <source>the training library is for trainers, supervisors and administrators; %1 may not read it</source>
        <translation>la biblioteca de capacitación es para instructores, supervisores y administradores; %1 no puede leerla</translation>
    </message>
    <message>
        <source>scenario %1: %2</source>
        <translation>escenario %1: %2</translation>
    </message>
    <message>
        <source>only trainers and administrators may add to the training library; %1 may not</source>
        <translation>solo los instructores y administradores pueden añadir a la biblioteca de capacitación; %1 no puede</translation>
    </message>
    <message>
        <source>a scenario named %1 is already in the library (version %2): give another name</source>
        <translation>ya hay un escenario llamado %1 en la biblioteca (versión %2): elija otro nombre</translation>
    </message>
    <message>
        <source>scenario %1 was changed meanwhile: try again</source>
        <translation>el escenario %1 cambió mientras tanto: vuelva a intentarlo</translation>
    </message>
    <message>
        <source>scenario %1 was not stored: %2</source>
        <translation>el escenario %1 no se guardó: %2</translation>
    </message>
    <message>
        <source>no scenario named %1 in the library</source>
        <translation>no hay ningún escenario llamado %1 en la biblioteca</translation>
    </message>
    <message>
        <source>scenario %1 has no version %2</source>
        <translation>el escenario %1 no tiene versión %2</translation>
    </message>
    <message>
        <source>scenario %1 in the library cannot be read: %2</source>
        <translation>el escenario %1 de la biblioteca no se puede leer: %2</translation>
    </message>
</context>
<context>
    <name>rr::ScoresPanel</name>
    <message>
        <source>Trainee&apos;s calls</source>
        <translation>Llamadas del aprendiz</translation>
    </message>
    <message>
        <source>Every call of the scenario: the key, the trainee&apos;s choice and the verdict</source>
        <translation>Cada llamada del escenario: la clave, la elección del aprendiz y el veredicto</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2% · %3 of %4 decided · %5 correct · %6 unsafe</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 % · %3 de %4 decididas · %5 correctas · %6 peligrosas</translation>
    </message>
</context>
<context>
    <name>rr::ScreenCommand</name>
    <message>
        <source>suggestion: %1%2 (confidence %3, %4)%5
</source>
        <translation>sugerencia: %1%2 (confianza %3, %4)%5
</translation>
    </message>
    <message>
        <source> + ems</source>
        <translation> + ems</translation>
    </message>
    <message>
        <source>, needs screening</source>
        <translation>, necesita evaluación</translation>
    </message>
    <message>
        <source>%1 is answered twice</source>
        <translation>%1 tiene dos respuestas</translation>
    </message>
    <message>
        <source>Store answers to a call&apos;s screening questions and triage it again</source>
        <translation>Guardar las respuestas a las preguntas de evaluación de una llamada y volver a clasificarla</translation>
    </message>
    <message>
        <source>Stores a dispatcher&apos;s answers to the screening questions of a call, each with who gave it and when,
triages the call again at once with all its answers (the latest answer per question wins; an
explicit answer beats the narrative), stores the new suggestion and prints it. Every console shows
it within a second.
Questions: weapon, violence, injury, self_harm, domestic, crime_in_progress. Answers: yes, no or
unknown. Example: rightresponse-cli screen E24-100231 --dispatcher D17 weapon=no violence=yes
Exit status: 0 stored; 2 unknown call, closed call, bad question or answer, or no database.</source>
        <translation>Guarda las respuestas de un despachador a las preguntas de evaluación de una llamada, cada una con quién la dio y cuándo,
vuelve a clasificar la llamada en el acto con todas sus respuestas (gana la última respuesta de cada pregunta; una
respuesta explícita prevalece sobre la narrativa), guarda la sugerencia nueva y la muestra. Todas las consolas la muestran
en menos de un segundo.
Preguntas: weapon, violence, injury, self_harm, domestic, crime_in_progress. Respuestas: yes, no o
unknown. Ejemplo: rightresponse-cli screen E24-100231 --dispatcher D17 weapon=no violence=yes
Estado de salida: 0 guardado; 2 llamada desconocida, llamada cerrada, pregunta o respuesta incorrecta, o sin base de datos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not QUESTION=ANSWER (for example weapon=no)</source>
        <translation>&apos;%1&apos; no es PREGUNTA=RESPUESTA (por ejemplo, weapon=no)</translation>
    </message>
    <message>
        <source>unknown screening question &apos;%1&apos; (use weapon, violence, injury, self_harm, domestic or crime_in_progress)</source>
        <translation>pregunta de evaluación desconocida &apos;%1&apos; (use weapon, violence, injury, self_harm, domestic o crime_in_progress)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an answer to %2 (use yes, no or unknown)</source>
        <translation>&apos;%1&apos; no es una respuesta a %2 (use yes, no o unknown)</translation>
    </message>
    <message>
        <source>screen needs the CALL_ID first, then QUESTION=ANSWER...</source>
        <translation>screen necesita primero el CALL_ID y luego PREGUNTA=RESPUESTA...</translation>
    </message>
    <message>
        <source>screen needs at least one QUESTION=ANSWER, for example weapon=no</source>
        <translation>screen necesita al menos una PREGUNTA=RESPUESTA, por ejemplo, weapon=no</translation>
    </message>
    <message>
        <source>--dispatcher ID is required</source>
        <translation>--dispatcher ID es obligatorio</translation>
    </message>
    <message>
        <source>call %1: %2 stored by %3 at %4
</source>
        <translation>llamada %1: %2 guardado por %3 a las %4
</translation>
    </message>
</context>
<context>
    <name>rr::ScreeningPanel</name>
    <message>
        <source>YES</source>
        <translation>SÍ</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>SE DESCONOCE</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Arma</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violencia</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Lesión</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>Autolesión</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation>Doméstica</translation>
    </message>
    <message>
        <source>Crime in progress</source>
        <translation>Delito en curso</translation>
    </message>
    <message>
        <source>Is a weapon present or mentioned?</source>
        <translation>¿Hay un arma presente o se menciona alguna?</translation>
    </message>
    <message>
        <source>Is there violence in progress, or a threat to others?</source>
        <translation>¿Hay violencia en curso o una amenaza a otras personas?</translation>
    </message>
    <message>
        <source>Is someone seriously injured, or is it a medical emergency?</source>
        <translation>¿Hay alguien gravemente herido, o es una emergencia médica?</translation>
    </message>
    <message>
        <source>Is there imminent self-harm, with the means at hand?</source>
        <translation>¿Hay riesgo inminente de autolesión, con los medios a mano?</translation>
    </message>
    <message>
        <source>Is it domestic violence?</source>
        <translation>¿Es violencia doméstica?</translation>
    </message>
    <message>
        <source>Is a crime in progress, or a suspect on scene?</source>
        <translation>¿Hay un delito en curso, o un sospechoso en el lugar?</translation>
    </message>
    <message>
        <source>Screening questions</source>
        <translation>Preguntas de evaluación</translation>
    </message>
    <message>
        <source>The questions to ask the caller; each answer is stored and the suggestion is made again</source>
        <translation>Las preguntas que se hacen a quien llama; cada respuesta se guarda y la sugerencia se vuelve a calcular</translation>
    </message>
    <message>
        <source>⚠ NEEDS SCREENING — ask these questions before deciding (or override with O)</source>
        <translation>⚠ NECESITA EVALUACIÓN — haga estas preguntas antes de decidir (o anule con O)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 %2 (%3, then %4)</source>
        <translation>%1 %2 (%3, luego %4)</translation>
    </message>
    <message>
        <source>%1 · ⚠ NOT STORED</source>
        <translation>%1 · ⚠ NO GUARDADA</translation>
    </message>
    <message>
        <source>%1 · saved offline</source>
        <translation>%1 · guardada sin conexión</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>%1 · call-taker</source>
        <translation>%1 · quien tomó la llamada</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>sin preguntar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Screening&lt;/b&gt;</source>
        <translation>&lt;b&gt;Evaluación&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Screening&lt;/b&gt; · press &lt;b&gt;Q&lt;/b&gt; to answer, or click</source>
        <translation>&lt;b&gt;Evaluación&lt;/b&gt; · pulse &lt;b&gt;Q&lt;/b&gt; para responder, o haga clic</translation>
    </message>
    <message>
        <source>&lt;b&gt;SCREENING&lt;/b&gt; — press a question&apos;s letter: &lt;b&gt;W V I S D C&lt;/b&gt; · Esc leaves</source>
        <translation>&lt;b&gt;EVALUACIÓN&lt;/b&gt; — pulse la letra de una pregunta: &lt;b&gt;W V I S D C&lt;/b&gt; · Esc para salir</translation>
    </message>
    <message>
        <source>&lt;b&gt;SCREENING&lt;/b&gt; — %1? &lt;b&gt;Y&lt;/b&gt; yes · &lt;b&gt;N&lt;/b&gt; no · &lt;b&gt;U&lt;/b&gt; unknown · Esc leaves</source>
        <translation>&lt;b&gt;EVALUACIÓN&lt;/b&gt; — ¿%1? &lt;b&gt;Y&lt;/b&gt; sí · &lt;b&gt;N&lt;/b&gt; no · &lt;b&gt;U&lt;/b&gt; se desconoce · Esc para salir</translation>
    </message>
    <message>
        <source>choose a question first</source>
        <translation>elija primero una pregunta</translation>
    </message>
    <message>
        <source>%1 · sending…</source>
        <translation>%1 · enviando…</translation>
    </message>
</context>
<context>
    <name>rr::ScreeningStore</name>
    <message>
        <source>screening answers need the dispatcher&apos;s id</source>
        <translation>las respuestas de evaluación necesitan el id del despachador</translation>
    </message>
    <message>
        <source>screening answers need a request id</source>
        <translation>las respuestas de evaluación necesitan un id de petición</translation>
    </message>
    <message>
        <source>no screening answer given</source>
        <translation>no se dio ninguna respuesta de evaluación</translation>
    </message>
    <message>
        <source>no call %1</source>
        <translation>no existe la llamada %1</translation>
    </message>
    <message>
        <source>call %1 is closed</source>
        <translation>la llamada %1 está cerrada</translation>
    </message>
</context>
<context>
    <name>rr::SeedHistoryCommand</name>
    <message>
        <source>Fill the database with days of realistic decided calls</source>
        <translation>Llenar la base de datos con días de llamadas realistas ya decididas</translation>
    </message>
    <message>
        <source>Fills the database with N days of generated calls, triaged, decided by twelve dispatchers
(overrides around 10-15% with their reasons, some dispatchers overriding more), dispatched
to the units of the roster and closed with an outcome (police backup after ~1% of unarmed
dispatches). The same --seed gives the same history; seeding it twice adds nothing. The
database needs a roster of units (the console&apos;s demo loads one).</source>
        <translation>Llena la base de datos con N días de llamadas generadas, clasificadas, decididas por doce despachadores
(alrededor de un 10-15 % de anulaciones con sus motivos; algunos despachadores anulan más), despachadas
a las unidades de la lista y cerradas con un resultado (refuerzo policial tras ~1 % de los despachos
sin armas). La misma --seed da el mismo historial; sembrarlo dos veces no añade nada. La
base de datos necesita una lista de unidades (la demo de la consola carga una).</translation>
    </message>
    <message>
        <source>seed-history takes no arguments</source>
        <translation>seed-history no acepta argumentos</translation>
    </message>
    <message>
        <source>seed-history needs --days N</source>
        <translation>seed-history necesita --days N</translation>
    </message>
    <message>
        <source>--days must be at most 3660, got %1</source>
        <translation>--days debe ser como máximo 3660; se recibió %1</translation>
    </message>
    <message>
        <source>rightresponse-cli: %1 of about %2 calls</source>
        <translation>rightresponse-cli: %1 de unas %2 llamadas</translation>
    </message>
    <message>
        <source>%1 calls of %2 days stored (%3 overrides, %4 police backup requests)%5%6</source>
        <translation>%1 llamadas de %2 días guardadas (%3 anulaciones, %4 solicitudes de refuerzo policial)%5%6</translation>
    </message>
    <message>
        <source>; %1 already there</source>
        <translation>; %1 ya estaban</translation>
    </message>
    <message>
        <source>; logged row by row (not a superuser)</source>
        <translation>; registradas fila por fila (no es superusuario)</translation>
    </message>
</context>
<context>
    <name>rr::SessionDriver</name>
    <message>
        <source>training session %1 has no trainees</source>
        <translation>la sesión de capacitación %1 no tiene aprendices</translation>
    </message>
    <message>
        <source>the database connection was lost</source>
        <translation>se perdió la conexión con la base de datos</translation>
    </message>
</context>
<context>
    <name>rr::SessionListPanel</name>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Sesiones de capacitación</translation>
    </message>
    <message>
        <source>Every training session, newest first; Enter follows the selected one live</source>
        <translation>Todas las sesiones de capacitación, la más reciente primero; Intro sigue en vivo la seleccionada</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Liberadas</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Aprendices</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Iniciada por</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Show the selected session&apos;s trainees live and score them</source>
        <translation>Mostrar en vivo a los aprendices de la sesión seleccionada y evaluarlos</translation>
    </message>
    <message>
        <source>Read the list of sessions again</source>
        <translation>Leer de nuevo la lista de sesiones</translation>
    </message>
    <message>
        <source>Record the selected ended session&apos;s scores and drop its sandboxes; its scores and report stay</source>
        <translation>Registrar las puntuaciones de la sesión terminada seleccionada y eliminar sus entornos aislados; sus puntuaciones e informe se conservan</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>%1, archived</source>
        <translation>%1, archivada</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>rr::SessionPanel</name>
    <message>
        <source>&amp;Start session</source>
        <translation>&amp;Iniciar sesión de capacitación</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>&amp;Jump to call</source>
        <translation>&amp;Saltar a la llamada</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Aprendices</translation>
    </message>
    <message>
        <source>Check the trainees who take this session</source>
        <translation>Marque los aprendices que hacen esta sesión</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>How fast the calls come, against their original timing</source>
        <translation>Qué tan rápido llegan las llamadas, respecto a su ritmo original</translation>
    </message>
    <message>
        <source>Make a sandbox for each checked trainee and start releasing the calls</source>
        <translation>Crear un entorno aislado para cada aprendiz marcado y empezar a liberar las llamadas</translation>
    </message>
    <message>
        <source>Pause or resume the release of calls</source>
        <translation>Pausar o reanudar la liberación de llamadas</translation>
    </message>
    <message>
        <source>End the session before its last call</source>
        <translation>Terminar la sesión antes de su última llamada</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>Número de llamada</translation>
    </message>
    <message>
        <source>The call to jump to; the calls before it are skipped</source>
        <translation>La llamada a la que se salta; las anteriores se omiten</translation>
    </message>
    <message>
        <source>Release from this call on, now</source>
        <translation>Liberar desde esta llamada, ahora</translation>
    </message>
    <message>
        <source>Trainees:</source>
        <translation>Aprendices:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <source>Check at least one trainee.</source>
        <translation>Marque al menos un aprendiz.</translation>
    </message>
    <message>
        <source>No trainee logins yet: an administrator adds them with rightresponse-cli staff add ID --name NAME --role trainee.</source>
        <translation>Todavía no hay usuarios de aprendiz: un administrador los añade con rightresponse-cli staff add ID --name NOMBRE --role trainee.</translation>
    </message>
    <message>
        <source>Trainees&apos; consoles:&lt;br&gt;%1</source>
        <translation>Consolas de los aprendices:&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Choose a scenario in the library.</source>
        <translation>Elija un escenario en la biblioteca.</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>Session %1 · %2 · %3 of %4 calls released · scenario time %5 of %6 · %7×</source>
        <translation>Sesión %1 · %2 · %3 de %4 llamadas liberadas · tiempo del escenario %5 de %6 · %7×</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n call(s) over %2. Check the trainees, choose the speed, and start.</source>
        <translation>
            <numerusform>%1: %n llamada en %2. Marque los aprendices, elija la velocidad e inicie.</numerusform>
            <numerusform>%1: %n llamadas en %2. Marque los aprendices, elija la velocidad e inicie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::SettingsDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>RightResponse — settings</source>
        <translation>RightResponse — configuración</translation>
    </message>
    <message>
        <source>The shared PostgreSQL server; empty for this machine&apos;s embedded database</source>
        <translation>El servidor PostgreSQL compartido; vacío para la base de datos integrada de este equipo</translation>
    </message>
    <message>
        <source>How the connection to the shared server is encrypted and checked</source>
        <translation>Cómo se cifra y se verifica la conexión con el servidor compartido</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Archivo de CA</translation>
    </message>
    <message>
        <source>The certificate authority that signed the server&apos;s certificate</source>
        <translation>La autoridad de certificación que firmó el certificado del servidor</translation>
    </message>
    <message>
        <source>Lock the console after this many minutes without a key or a click</source>
        <translation>Bloquear la consola tras estos minutos sin pulsar una tecla ni hacer clic</translation>
    </message>
    <message>
        <source>Save these settings for this workstation</source>
        <translation>Guardar esta configuración para esta estación de trabajo</translation>
    </message>
    <message>
        <source>empty: this machine&apos;s embedded database; e.g. host=db.centre.example dbname=rightresponse</source>
        <translation>vacío: la base de datos integrada de este equipo; p. ej., host=db.centro.example dbname=rightresponse</translation>
    </message>
    <message>
        <source>libpq&apos;s default (prefer)</source>
        <translation>valor por omisión de libpq (prefer)</translation>
    </message>
    <message>
        <source>verify-full (recommended)</source>
        <translation>verify-full (recomendado)</translation>
    </message>
    <message>
        <source>the CA that signed the server&apos;s certificate</source>
        <translation>la CA que firmó el certificado del servidor</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Shared &amp;server:</source>
        <translation>&amp;Servidor compartido:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Archivo de &amp;CA:</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Elegir el archivo de CA</translation>
    </message>
    <message>
        <source>Only an administrator changes these settings.</source>
        <translation>Solo un administrador cambia esta configuración.</translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation>El archivo de CA</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificados (*.crt *.pem);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>rr::ShiftReport</name>
    <message>
        <source>Shift report %1</source>
        <translation>Informe del turno %1</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>no se pudo escribir %1</translation>
    </message>
    <message>
        <source>RightResponse shift report: %1</source>
        <translation>Informe del turno de RightResponse: %1</translation>
    </message>
    <message>
        <source>dispatcher %1</source>
        <translation>despachador %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>categoría %1</translation>
    </message>
    <message>
        <source>reason %1</source>
        <translation>motivo %1</translation>
    </message>
    <message>
        <source>Filters: %1. Prepared %2%3.</source>
        <translation>Filtros: %1. Preparado %2%3.</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <source>Eligible: the call was suggested an unarmed or co-responder response. Not served: another kind was sent or the caller refused; every call not served carries exactly one reason. Backup: police backup requested after an unarmed or co-responder dispatch (reference: CAHOOTS 2019, 0.6%). Decision time target: 60 s (NFPA 1225).</source>
        <translation>Elegible: a la llamada se le sugirió una respuesta sin armas o co-respondedor. No atendida: se envió otro tipo o quien llamó la rechazó; cada llamada no atendida lleva exactamente un motivo. Refuerzo: refuerzo policial solicitado tras un despacho sin armas o co-respondedor (referencia: CAHOOTS 2019, 0,6 %). Objetivo de tiempo de decisión: 60 s (NFPA 1225).</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidida</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Disp.</source>
        <translation>Desp.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Suggested → chosen</source>
        <translation>Sugerido → elegido</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Overrides, %1 (%2)</source>
        <translation>Anulaciones, %1 (%2)</translation>
    </message>
    <message>
        <source>No overrides in this period.</source>
        <translation>No hay anulaciones en este periodo.</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>could not finish %1</source>
        <translation>no se pudo terminar %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>rr::SignInController</name>
    <message>
        <source>Sign-in refused: wrong staff ID or password.</source>
        <translation>Inicio de sesión rechazado: ID de personal o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Type your staff ID and your password.</source>
        <translation>Escriba su ID de personal y su contraseña.</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>No se puede iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Wrong password for %1.</source>
        <translation>Contraseña incorrecta para %1.</translation>
    </message>
</context>
<context>
    <name>rr::SignInDialog</name>
    <message>
        <source>Demo sign-in — DEMO</source>
        <translation>Inicio de sesión de demo — DEMO</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>Cambiar de &amp;usuario</translation>
    </message>
    <message>
        <source>Your staff ID, as the administrator created it</source>
        <translation>Su ID de personal, tal como lo creó el administrador</translation>
    </message>
    <message>
        <source>Your password; it is never shown</source>
        <translation>Su contraseña; nunca se muestra</translation>
    </message>
    <message>
        <source>Sign in with this staff ID and password</source>
        <translation>Iniciar sesión con este ID de personal y esta contraseña</translation>
    </message>
    <message>
        <source>Let another member of staff sign in at this console</source>
        <translation>Permitir que otro miembro del personal inicie sesión en esta consola</translation>
    </message>
    <message>
        <source>Close this dialog without signing in</source>
        <translation>Cerrar este cuadro de diálogo sin iniciar sesión</translation>
    </message>
    <message>
        <source>e.g. D17</source>
        <translation>p. ej., D17</translation>
    </message>
    <message>
        <source>Single-machine demo: sign in as the local database owner, with simulated calls</source>
        <translation>Demo en un solo equipo: iniciar sesión como propietario de la base de datos local, con llamadas simuladas</translation>
    </message>
    <message>
        <source>Staff &amp;ID:</source>
        <translation>&amp;ID de personal:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>RightResponse — locked</source>
        <translation>RightResponse — bloqueada</translation>
    </message>
    <message>
        <source>RightResponse — sign in</source>
        <translation>RightResponse — iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to RightResponse</source>
        <translation>Iniciar sesión en RightResponse</translation>
    </message>
    <message>
        <source>Switch user: the next member of staff signs in</source>
        <translation>Cambiar de usuario: el siguiente miembro del personal inicia sesión</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>Bloqueada — %1</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>rr::SimulateCommand</name>
    <message>
        <source>--to is not a URL: &apos;%1&apos;</source>
        <translation>--to no es una URL: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Post realistic synthetic calls to an intake service</source>
        <translation>Enviar llamadas sintéticas realistas a un servicio de recepción</translation>
    </message>
    <message>
        <source>Posts realistic synthetic calls to an intake service at a realistic rate (sped up with --speed),
until --count calls were posted or it is interrupted. Exit status 1 when some could not be posted.</source>
        <translation>Envía llamadas sintéticas realistas a un servicio de recepción a un ritmo realista (acelerado con --speed),
hasta que se hayan enviado --count llamadas o se interrumpa. Estado de salida 1 si algunas no se pudieron enviar.</translation>
    </message>
    <message>
        <source>simulate takes no arguments</source>
        <translation>simulate no acepta argumentos</translation>
    </message>
    <message>
        <source>--to URL is required, e.g. http://127.0.0.1:8080</source>
        <translation>--to URL es obligatorio, p. ej., http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>rightresponse-cli: %1 not posted: %2</source>
        <translation>rightresponse-cli: %1 no enviada: %2</translation>
    </message>
    <message numerus="yes">
        <source>posted %n call(s) to %1, %2 failed</source>
        <translation>
            <numerusform>enviada %n llamada a %1, %2 fallidas</numerusform>
            <numerusform>enviadas %n llamadas a %1, %2 fallidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::Staff</name>
    <message>
        <source>Dispatcher</source>
        <translation>Despachador</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor/a</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instructor/a</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Aprendiz</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador/a</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>database owner</source>
        <translation>propietario de la base de datos</translation>
    </message>
</context>
<context>
    <name>rr::StaffCommand</name>
    <message>
        <source>unknown role &apos;%1&apos; (use dispatcher, supervisor, trainer, trainee or admin)</source>
        <translation>rol desconocido &apos;%1&apos; (use dispatcher, supervisor, trainer, trainee o admin)</translation>
    </message>
    <message>
        <source>the password file</source>
        <translation>el archivo de contraseña</translation>
    </message>
    <message>
        <source>the password file %1 is empty</source>
        <translation>el archivo de contraseña %1 está vacío</translation>
    </message>
    <message>
        <source>no terminal to ask for the password: give --password-file FILE</source>
        <translation>no hay terminal para pedir la contraseña: indique --password-file ARCHIVO</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>las dos contraseñas no coinciden; no se cambió nada</translation>
    </message>
    <message>
        <source>no (disabled)</source>
        <translation>no (desactivado)</translation>
    </message>
    <message>
        <source>Staff logins: add, list, set-role, disable, enable, reset-password</source>
        <translation>Usuarios del personal: add, list, set-role, disable, enable, reset-password</translation>
    </message>
    <message>
        <source>Manages the centre&apos;s staff. A member of staff is a database login in the group role of
their role, with a SCRAM-SHA-256 password; the console signs them in with it, and the
database stamps what they do with their ID.
  staff add ID --name NAME --role dispatcher|supervisor|trainer|trainee|admin
            [--password-file FILE]
  staff list [--format text|csv|jsonl]
  staff set-role ID ROLE
  staff disable ID        (may not sign in any more; their history stays)
  staff enable ID
  staff reset-password ID [--password-file FILE]
The password is asked twice on the terminal without echo, or read from the first line of
--password-file; never from the command line. It is hashed here: the server never sees it.
Only the database owner or an administrator (a member of rr_admin) may change staff; the
database refuses anyone else, and logs every change.</source>
        <translation>Gestiona el personal del centro. Un miembro del personal es un usuario de la base de datos en el rol de grupo de
su función, con contraseña SCRAM-SHA-256; la consola inicia su sesión con ella y la
base de datos marca con su ID lo que hace.
  staff add ID --name NOMBRE --role dispatcher|supervisor|trainer|trainee|admin
            [--password-file ARCHIVO]
  staff list [--format text|csv|jsonl]
  staff set-role ID ROL
  staff disable ID        (ya no puede iniciar sesión; su historial se conserva)
  staff enable ID
  staff reset-password ID [--password-file ARCHIVO]
La contraseña se pide dos veces en la terminal sin mostrarla, o se lee de la primera línea de
--password-file; nunca de la línea de comandos. Se cifra aquí: el servidor nunca la ve.
Solo el propietario de la base de datos o un administrador (miembro de rr_admin) puede cambiar el personal; la
base de datos rechaza a cualquier otro y registra cada cambio.</translation>
    </message>
    <message>
        <source>a password is never accepted on the command line (other users can read it in the process list): you are asked for it, or use --password-file FILE</source>
        <translation>nunca se acepta una contraseña en la línea de comandos (otros usuarios pueden leerla en la lista de procesos): se le pide, o use --password-file ARCHIVO</translation>
    </message>
    <message>
        <source>staff needs an action: add, list, set-role, disable, enable or reset-password</source>
        <translation>staff necesita una acción: add, list, set-role, disable, enable o reset-password</translation>
    </message>
    <message>
        <source>unknown staff action &apos;%1&apos; (use add, list, set-role, disable, enable or reset-password)</source>
        <translation>acción de staff desconocida &apos;%1&apos; (use add, list, set-role, disable, enable o reset-password)</translation>
    </message>
    <message>
        <source>staff list takes no ID</source>
        <translation>staff list no acepta ningún ID</translation>
    </message>
    <message>
        <source>staff set-role needs an ID and a ROLE</source>
        <translation>staff set-role necesita un ID y un ROL</translation>
    </message>
    <message>
        <source>staff %1 needs one ID</source>
        <translation>staff %1 necesita un ID</translation>
    </message>
    <message>
        <source>staff add needs --name NAME</source>
        <translation>staff add necesita --name NOMBRE</translation>
    </message>
    <message>
        <source>staff add needs --role dispatcher|supervisor|trainer|admin</source>
        <translation>staff add necesita --role dispatcher|supervisor|trainer|admin</translation>
    </message>
    <message>
        <source>--name and --role go with staff add (staff set-role ID ROLE changes a role)</source>
        <translation>--name y --role van con staff add (staff set-role ID ROL cambia un rol)</translation>
    </message>
    <message>
        <source>--password-file goes with staff add and staff reset-password</source>
        <translation>--password-file va con staff add y staff reset-password</translation>
    </message>
    <message>
        <source>added %1 (%2) as %3</source>
        <translation>añadido %1 (%2) como %3</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 ahora es %2</translation>
    </message>
    <message>
        <source>%1 is disabled: they may not sign in</source>
        <translation>%1 está desactivado: no puede iniciar sesión</translation>
    </message>
    <message>
        <source>%1 is enabled: they may sign in</source>
        <translation>%1 está activado: puede iniciar sesión</translation>
    </message>
    <message>
        <source>the password of %1 is reset</source>
        <translation>se restableció la contraseña de %1</translation>
    </message>
    <message>
        <source>%1  %2  %3  active: %4  added %5</source>
        <translation>%1  %2  %3  activo: %4  añadido %5</translation>
    </message>
</context>
<context>
    <name>rr::StoreClient</name>
    <message>
        <source>the database schema is at version %1 and this program needs %2: an administrator runs `rightresponse-cli db migrate`</source>
        <translation>la base de datos está en la versión %1 del esquema y este programa necesita la %2: un administrador ejecuta `rightresponse-cli db migrate`</translation>
    </message>
    <message>
        <source>%1 is not a trainee: a training session&apos;s console is for its trainees</source>
        <translation>%1 no es aprendiz: la consola de una sesión de capacitación es para sus aprendices</translation>
    </message>
    <message>
        <source>%1 is a trainee login: trainees work only in a training session, never on the live queue (start the console with --training --session ID)</source>
        <translation>%1 es un usuario de aprendiz: los aprendices solo trabajan en una sesión de capacitación, nunca en la cola real (inicie la consola con --training --session ID)</translation>
    </message>
    <message>
        <source>the login %1 is not a member of staff (no RightResponse role)</source>
        <translation>el usuario %1 no es miembro del personal (no tiene rol de RightResponse)</translation>
    </message>
    <message>
        <source>screening answers for call %1: %2</source>
        <translation>respuestas de evaluación de la llamada %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved offline by %1 are kept until %1 signs in at this console again: they are not sent under %2&apos;s login</source>
        <translation>
            <numerusform>%n cambio guardado sin conexión por %1 se conserva hasta que %1 vuelva a iniciar sesión en esta consola: no se envía con el usuario de %2</numerusform>
            <numerusform>%n cambios guardados sin conexión por %1 se conservan hasta que %1 vuelva a iniciar sesión en esta consola: no se envían con el usuario de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the offline journal %1 is not open</source>
        <translation>el registro sin conexión %1 no está abierto</translation>
    </message>
    <message>
        <source>NOT SAVED: the database is unreachable and the offline journal cannot be written (%1). Nothing new can be saved offline until the disk has room again; do it again when the database returns.</source>
        <translation>NO GUARDADO: no se puede llegar a la base de datos y no se puede escribir el registro sin conexión (%1). No se puede guardar nada nuevo sin conexión hasta que haya espacio en el disco; vuelva a hacerlo cuando vuelva la base de datos.</translation>
    </message>
    <message>
        <source>no offline journal</source>
        <translation>no hay registro sin conexión</translation>
    </message>
    <message>
        <source>The offline journal cannot be written (%1): while the database is reachable work is stored there, but nothing can be saved offline.</source>
        <translation>No se puede escribir el registro sin conexión (%1): mientras se pueda llegar a la base de datos, el trabajo se guarda allí, pero no se puede guardar nada sin conexión.</translation>
    </message>
    <message>
        <source>this console has no rule set to triage the call again</source>
        <translation>esta consola no tiene conjunto de reglas para volver a clasificar la llamada</translation>
    </message>
    <message>
        <source>saved offline; sent when the database returns</source>
        <translation>guardado sin conexión; se enviará cuando vuelva la base de datos</translation>
    </message>
    <message>
        <source>the database is unreachable: close the call again when it returns</source>
        <translation>no se puede llegar a la base de datos: cierre la llamada otra vez cuando vuelva</translation>
    </message>
    <message>
        <source>a trainer works in the training sandbox: start the console with --training, or the trainers&apos; window with --trainer</source>
        <translation>un instructor trabaja en el entorno aislado de capacitación: inicie la consola con --training, o la ventana de instructores con --trainer</translation>
    </message>
    <message>
        <source>The database no longer accepts the login %1 (disabled, or its password changed): sign in again.</source>
        <translation>La base de datos ya no acepta el usuario %1 (deshabilitado, o su contraseña cambió): inicie sesión de nuevo.</translation>
    </message>
</context>
<context>
    <name>rr::StoreSchema</name>
    <message>
        <source>%1 is not a trainee of training session %2</source>
        <translation>%1 no es aprendiz de la sesión de capacitación %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a training sandbox (trn_&lt;session&gt;_&lt;login&gt;)</source>
        <translation>&apos;%1&apos; no es un entorno aislado de capacitación (trn_&lt;sesión&gt;_&lt;usuario&gt;)</translation>
    </message>
</context>
<context>
    <name>rr::StoryPanel</name>
    <message>
        <source>Call story</source>
        <translation>Historia de la llamada</translation>
    </message>
    <message>
        <source>The call, every suggestion, the decision, unit history, outcome and event log</source>
        <translation>La llamada, cada sugerencia, la decisión, el historial de la unidad, el resultado y el registro de eventos</translation>
    </message>
    <message>
        <source>Open a decision (Enter or a click) to read its call&apos;s whole story.</source>
        <translation>Abra una decisión (Enter o un clic) para leer la historia completa de su llamada.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Received %1 · priority %2 · %3 · beat %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Recibida %1 · prioridad %2 · %3 · sector %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Suggestions (%1)&lt;/h4&gt;&lt;ol&gt;</source>
        <translation>&lt;h4&gt;Sugerencias (%1)&lt;/h4&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: &lt;b&gt;%2&lt;/b&gt;%3, %4, confidence %5&lt;ul&gt;</source>
        <translation>&lt;li&gt;%1: &lt;b&gt;%2&lt;/b&gt;%3, %4, confianza %5&lt;ul&gt;</translation>
    </message>
    <message>
        <source> + EMS</source>
        <translation> + EMS</translation>
    </message>
    <message>
        <source>&lt;li&gt;trigger &lt;b&gt;%1&lt;/b&gt;: “%2”&lt;/li&gt;</source>
        <translation>&lt;li&gt;activador &lt;b&gt;%1&lt;/b&gt;: “%2”&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Screening answers&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;Respuestas de evaluación&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Decision&lt;/h4&gt;&lt;p&gt;%1 by &lt;b&gt;%2&lt;/b&gt; at %3, %4: </source>
        <translation>&lt;h4&gt;Decisión&lt;/h4&gt;&lt;p&gt;%1 por &lt;b&gt;%2&lt;/b&gt; en %3, %4: </translation>
    </message>
    <message>
        <source>%1 s after receipt</source>
        <translation>%1 s después de la recepción</translation>
    </message>
    <message>
        <source>no receipt time</source>
        <translation>sin hora de recepción</translation>
    </message>
    <message>
        <source>accepted &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>aceptada &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;overridden&lt;/b&gt; %1 → &lt;b&gt;%2&lt;/b&gt;, reason &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;anulada&lt;/b&gt; %1 → &lt;b&gt;%2&lt;/b&gt;, motivo &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, note “%1”</source>
        <translation>, nota “%1”</translation>
    </message>
    <message>
        <source>; unit %1</source>
        <translation>; unidad %1</translation>
    </message>
    <message>
        <source>; not served as suggested: %1</source>
        <translation>; no atendida como se sugirió: %1</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Outcome&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;Resultado&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Reviews&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;Revisiones&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 &lt;b&gt;%2&lt;/b&gt; by %3 (login %4) %5&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 &lt;b&gt;%2&lt;/b&gt; por %3 (usuario %4) %5&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Timeline&lt;/h4&gt;&lt;table cellspacing=4&gt;</source>
        <translation>&lt;h4&gt;Cronología&lt;/h4&gt;&lt;table cellspacing=4&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h4&gt;Event log (%n row(s))&lt;/h4&gt;&lt;table cellspacing=4&gt;</source>
        <translation>
            <numerusform>&lt;h4&gt;Registro de eventos (%n fila)&lt;/h4&gt;&lt;table cellspacing=4&gt;</numerusform>
            <numerusform>&lt;h4&gt;Registro de eventos (%n filas)&lt;/h4&gt;&lt;table cellspacing=4&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No per-row audit rows: this call was loaded in bulk (history).&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay filas de auditoría por registro: esta llamada se cargó en bloque (historial).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rr::TraineesPanel</name>
    <message>
        <source>Trainees</source>
        <translation>Aprendices</translation>
    </message>
    <message>
        <source>Every trainee live: calls waiting, decided, correct so far, unsafe choices and mean time</source>
        <translation>Cada aprendiz en vivo: llamadas en espera, decididas, correctas hasta ahora, elecciones peligrosas y tiempo medio</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Aprendiz</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decididas</translation>
    </message>
    <message>
        <source>Correct so far</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation>Peligrosas</translation>
    </message>
    <message>
        <source>Mean s</source>
        <translation>Media s</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>police needed, unarmed sent</source>
        <translation>se necesitaba policía, se envió sin armas</translation>
    </message>
    <message>
        <source>median %1 s; %2 of %3 within 60 s</source>
        <translation>mediana %1 s; %2 de %3 en 60 s</translation>
    </message>
</context>
<context>
    <name>rr::TrainerClient</name>
    <message>
        <source>database owner</source>
        <translation>propietario de la base de datos</translation>
    </message>
    <message>
        <source>the database schema is at version %1 and this program needs %2: an administrator runs `rightresponse-cli db migrate`</source>
        <translation>el esquema de la base de datos está en la versión %1 y este programa necesita la %2: un administrador ejecuta `rightresponse-cli db migrate`</translation>
    </message>
    <message>
        <source>The trainer window is not connected to the database yet.</source>
        <translation>La ventana de instructores aún no está conectada a la base de datos.</translation>
    </message>
</context>
<context>
    <name>rr::TrainerWindow</name>
    <message>
        <source>Save key as a &amp;new version</source>
        <translation>Guardar la clave como versión &amp;nueva</translation>
    </message>
    <message>
        <source>RightResponse — TRAINING — trainer</source>
        <translation>RightResponse — CAPACITACIÓN — instructor</translation>
    </message>
    <message>
        <source>▲ TRAINING — trainer&apos;s window: sessions run in sealed sandboxes, never on live calls</source>
        <translation>▲ CAPACITACIÓN — ventana del instructor: las sesiones se ejecutan en entornos aislados y sellados, nunca con llamadas reales</translation>
    </message>
    <message>
        <source>Store the edited answer key as the scenario&apos;s next version</source>
        <translation>Guardar la clave de respuestas editada como la versión siguiente del escenario</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instructor/a</translation>
    </message>
    <message>
        <source>Answer key, session and scores</source>
        <translation>Clave de respuestas, sesión y puntuaciones</translation>
    </message>
    <message>
        <source>&amp;Record scores</source>
        <translation>&amp;Registrar puntuaciones</translation>
    </message>
    <message>
        <source>Store every trainee&apos;s score with the session (append-only)</source>
        <translation>Guardar la puntuación de cada aprendiz con la sesión (solo se añade)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Print the session&apos;s report: scores, charts and each trainee&apos;s calls</source>
        <translation>Imprimir el informe de la sesión: puntuaciones, gráficos y las llamadas de cada aprendiz</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>Answer &amp;key</source>
        <translation>Clave de respuestas (&amp;K)</translation>
    </message>
    <message>
        <source>S&amp;cores</source>
        <translation>Puntua&amp;ciones</translation>
    </message>
    <message>
        <source>The trainer window cannot open the database: %1</source>
        <translation>La ventana del instructor no puede abrir la base de datos: %1</translation>
    </message>
    <message>
        <source>Give the new scenario a name.</source>
        <translation>Ponga un nombre al escenario nuevo.</translation>
    </message>
    <message>
        <source>Building %1 from the history…</source>
        <translation>Creando %1 desde el historial…</translation>
    </message>
    <message>
        <source>Scenario %1 version %2 is in the library.</source>
        <translation>El escenario %1 versión %2 está en la biblioteca.</translation>
    </message>
    <message numerus="yes">
        <source>Session %1: %n score(s) recorded.</source>
        <translation>
            <numerusform>Sesión %1: %n puntuación registrada.</numerusform>
            <numerusform>Sesión %1: %n puntuaciones registradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the training report</source>
        <translation>Exportar el informe de capacitación</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Not a trainer: %1</source>
        <translation>No es instructor: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>Making a sandbox for each trainee…</source>
        <translation>Creando un entorno aislado para cada aprendiz…</translation>
    </message>
    <message>
        <source>The session could not start: %1</source>
        <translation>La sesión no pudo iniciarse: %1</translation>
    </message>
    <message>
        <source>Session %1 %2: scores recorded.</source>
        <translation>Sesión %1 %2: puntuaciones registradas.</translation>
    </message>
    <message>
        <source>Session %1 started for %2.</source>
        <translation>Sesión %1 iniciada para %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n página</numerusform>
            <numerusform>%1: %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All sessions</source>
        <translation>&amp;Todas las sesiones</translation>
    </message>
    <message numerus="yes">
        <source>Session %1 archived: %n sandbox(es) dropped; its scores and report stay.</source>
        <translation>
            <numerusform>Sesión %1 archivada: %n entorno aislado eliminado; sus puntuaciones e informe se conservan.</numerusform>
            <numerusform>Sesión %1 archivada: %n entornos aislados eliminados; sus puntuaciones e informe se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Following session %1: its calls are released by the window or the command that started it (pause and resume there); its trainees and scores show here.</source>
        <translation>Siguiendo la sesión %1: sus llamadas las libera la ventana o el comando que la inició (pausar y reanudar allí); sus aprendices y puntuaciones se muestran aquí.</translation>
    </message>
</context>
<context>
    <name>rr::TrainingCharts</name>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Score by trainee</source>
        <translation>Puntuación por aprendiz</translation>
    </message>
    <message>
        <source>Points over the most a trainee could score; an unsafe choice costs the most</source>
        <translation>Puntos sobre el máximo que un aprendiz podía obtener; una elección peligrosa es lo que más cuesta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n unsafe</source>
        <translation>
            <numerusform>⚠ %n peligrosa</numerusform>
            <numerusform>⚠ %n peligrosas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1: %2% (%3 of %4 points), %5 of %6 calls decided, %7 correct, %8 unsafe</source>
        <translation>%1: %2 % (%3 de %4 puntos), %5 de %6 llamadas decididas, %7 correctas, %8 peligrosas</translation>
    </message>
    <message>
        <source>Accuracy by category</source>
        <translation>Exactitud por categoría</translation>
    </message>
    <message>
        <source>Share of the category&apos;s calls decided with a kind the key accepts</source>
        <translation>Proporción de las llamadas de la categoría decididas con un tipo que la clave acepta</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 de %3</translation>
    </message>
    <message>
        <source>Time to decision</source>
        <translation>Tiempo hasta la decisión</translation>
    </message>
    <message>
        <source>Seconds from receipt to decision: mean solid, median hatched; target 60 s</source>
        <translation>Segundos de la recepción a la decisión: media continua, mediana rayada; objetivo 60 s</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>%1 of %2 ≤ 60 s</source>
        <translation>%1 de %2 ≤ 60 s</translation>
    </message>
    <message>
        <source>%1: mean %2 s, median %3 s, %4 of %5 decided within 60 s</source>
        <translation>%1: media %2 s, mediana %3 s, %4 de %5 decididas en 60 s</translation>
    </message>
    <message>
        <source>target 60 s</source>
        <translation>objetivo 60 s</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Progreso: %1</translation>
    </message>
    <message>
        <source>Score in each session, oldest first</source>
        <translation>Puntuación en cada sesión, de la más antigua a la más reciente</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n</source>
        <translation>
            <numerusform>⚠ %n</numerusform>
            <numerusform>⚠ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, session %2 (%3): %4%, %5 unsafe</source>
        <translation>%1, sesión %2 (%3): %4 %, %5 peligrosas</translation>
    </message>
</context>
<context>
    <name>rr::TrainingCommand</name>
    <message>
        <source>no scenario file %1</source>
        <translation>no existe el archivo de escenario %1</translation>
    </message>
    <message>
        <source>%1 is neither a scenario file nor in the library: %2</source>
        <translation>%1 no es un archivo de escenario ni está en la biblioteca: %2</translation>
    </message>
    <message>
        <source>Training sessions: start (replay a scenario), list</source>
        <translation>Sesiones de capacitación: start (reproducir un escenario), list</translation>
    </message>
    <message>
        <source>training needs an action: start or list</source>
        <translation>training necesita una acción: start o list</translation>
    </message>
    <message>
        <source>training start needs one SCENARIO</source>
        <translation>training start necesita un ESCENARIO</translation>
    </message>
    <message>
        <source>training start needs --trainees ID,ID,...</source>
        <translation>training start necesita --trainees ID,ID,...</translation>
    </message>
    <message>
        <source>training list takes no arguments</source>
        <translation>training list no acepta argumentos</translation>
    </message>
    <message>
        <source>training list writes text, csv or jsonl</source>
        <translation>training list escribe text, csv o jsonl</translation>
    </message>
    <message>
        <source>training report needs one SESSION number (see training list)</source>
        <translation>training report necesita un número de SESIÓN (vea training list)</translation>
    </message>
    <message>
        <source>[%1] %2/%3 %4 released to %5 sandbox(es) (%6 ms late, stored in %7 ms)</source>
        <translation>[%1] %2/%3 %4 liberada a %5 entorno(s) aislado(s) (%6 ms de retraso, guardada en %7 ms)</translation>
    </message>
    <message>
        <source>rightresponse-cli: %1</source>
        <translation>rightresponse-cli: %1</translation>
    </message>
    <message>
        <source>stopping the session</source>
        <translation>deteniendo la sesión</translation>
    </message>
    <message>
        <source>the first call comes in %1 s</source>
        <translation>la primera llamada llega en %1 s</translation>
    </message>
    <message>
        <source>training session %1 %2: %3 of %4 calls released</source>
        <translation>sesión de capacitación %1 %2: %3 de %4 llamadas liberadas</translation>
    </message>
    <message>
        <source>%1  %2 v%3  %4x  %5  %6/%7 released  trainees %8  by %9  created %10</source>
        <translation>%1  %2 v%3  %4x  %5  %6/%7 liberadas  aprendices %8  por %9  creada %10</translation>
    </message>
    <message>
        <source>this rightresponse-cli was built without the GUI libraries: --format pdf is not available</source>
        <translation>este rightresponse-cli se compiló sin las bibliotecas gráficas: --format pdf no está disponible</translation>
    </message>
    <message>
        <source>%1 is not a trainee of session %2</source>
        <translation>%1 no es aprendiz de la sesión %2</translation>
    </message>
    <message numerus="yes">
        <source>training session %1: scenario %2 v%3, %n call(s) over %4 at %5x</source>
        <translation>
            <numerusform>sesión de capacitación %1: escenario %2 v%3, %n llamada en %4 a %5x</numerusform>
            <numerusform>sesión de capacitación %1: escenario %2 v%3, %n llamadas en %4 a %5x</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rightresponse-cli: wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>rightresponse-cli: se escribió %1 (%n página)</numerusform>
            <numerusform>rightresponse-cli: se escribió %1 (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Training sessions: a scenario&apos;s calls replayed to trainees, each in a sandbox of their
own where they decide every call themselves; nothing reaches the live queue or tables.
  training start SCENARIO --trainees D101,D102 [--speed X] [--delay S] [--rules FILE]
      creates the session and a sandbox per trainee (trainee logins: `staff add ID
      --role trainee`), prints the session&apos;s number and each trainee&apos;s console command,
      then releases the calls at their original relative times divided by X, in the
      foreground, until the last one. Ctrl+C stops the session early: the calls released
      so far stay in the sandboxes.
  training list [--format text|csv|jsonl]
  training report SESSION [--format text|csv|jsonl|pdf] [--out FILE] [--trainee ID]
  training archive SESSION
      records the ended session&apos;s scores and drops its sandboxes; its scores and report
      stay (made from the calls and decisions kept with the session).
Only a trainer (a member of rr_trainer) or the database owner may; the database refuses
anyone else.</source>
        <translation>Sesiones de capacitación: las llamadas de un escenario se reproducen para los aprendices, cada uno en un entorno
aislado propio donde decide cada llamada por sí mismo; nada llega a la cola ni a las tablas reales.
  training start ESCENARIO --trainees D101,D102 [--speed X] [--delay S] [--rules ARCHIVO]
      crea la sesión y un entorno aislado por aprendiz (usuarios de aprendiz: `staff add ID
      --role trainee`), muestra el número de la sesión y el comando de consola de cada aprendiz,
      y luego libera las llamadas en sus horas relativas originales divididas entre X, en
      primer plano, hasta la última. Ctrl+C detiene antes la sesión: las llamadas liberadas
      hasta entonces se quedan en los entornos aislados.
  training list [--format text|csv|jsonl]
  training report SESIÓN [--format text|csv|jsonl|pdf] [--out ARCHIVO] [--trainee ID]
  training archive SESIÓN
      registra las puntuaciones de la sesión terminada y elimina sus entornos aislados; sus
      puntuaciones e informe se conservan (hechos con las llamadas y decisiones guardadas).
Solo un instructor (miembro de rr_trainer) o el propietario de la base de datos puede hacerlo; la base de datos
rechaza a cualquier otro.</translation>
    </message>
    <message>
        <source>training archive needs one SESSION number (see training list)</source>
        <translation>training archive necesita un número de SESIÓN (vea training list)</translation>
    </message>
    <message>
        <source>unknown training action &apos;%1&apos; (use start, list, report or archive)</source>
        <translation>acción de capacitación desconocida &apos;%1&apos; (use start, list, report o archive)</translation>
    </message>
</context>
<context>
    <name>rr::TrainingPdf</name>
    <message>
        <source>Training report, session %1</source>
        <translation>Informe de capacitación, sesión %1</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>no se pudo escribir %1</translation>
    </message>
    <message>
        <source>RightResponse training report: session %1, %2 v%3</source>
        <translation>Informe de capacitación de RightResponse: sesión %1, %2 v%3</translation>
    </message>
    <message>
        <source>Started %1 at %2x; answer key from rules %3. Each call is scored out of 100: the kind (60 when the key accepts it; an unsafe choice, police needed and unarmed sent, costs 100), accept or override as the key says (15), the override reason when the key names one (10), and the time from receipt to decision (15 within 60 s, none at 120 s).</source>
        <translation>Iniciada %1 a %2x; clave de respuestas de las reglas %3. Cada llamada se puntúa sobre 100: el tipo (60 cuando la clave lo acepta; una elección peligrosa, se necesitaba policía y se envió sin armas, cuesta 100), aceptar o anular como dice la clave (15), el motivo de la anulación cuando la clave lo indica (10) y el tiempo de la recepción a la decisión (15 en 60 s, nada a los 120 s).</translation>
    </message>
    <message>
        <source>%1: %2% (%3 of %4 points), %5 unsafe</source>
        <translation>%1: %2 % (%3 de %4 puntos), %5 peligrosas</translation>
    </message>
    <message>
        <source>could not finish %1</source>
        <translation>no se pudo terminar %1</translation>
    </message>
</context>
<context>
    <name>rr::TrainingReport</name>
    <message>
        <source>Trainees</source>
        <translation>Aprendices</translation>
    </message>
    <message>
        <source>Every call</source>
        <translation>Cada llamada</translation>
    </message>
    <message>
        <source>Accuracy by category</source>
        <translation>Exactitud por categoría</translation>
    </message>
    <message>
        <source>Progress across sessions</source>
        <translation>Progreso entre sesiones</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Sesión de capacitación</translation>
    </message>
</context>
<context>
    <name>rr::TriageCommand</name>
    <message>
        <source>rightresponse-cli: %1 of %2 rows rejected, %3 triaged</source>
        <translation>rightresponse-cli: %1 de %2 filas rechazadas, %3 clasificadas</translation>
    </message>
    <message>
        <source>Triage the calls of a CAD export (CSV) and write one suggestion per call</source>
        <translation>Clasificar las llamadas de una exportación de CAD (CSV) y escribir una sugerencia por llamada</translation>
    </message>
    <message>
        <source>Reads a CAD export (RFC 4180 CSV, UTF-8) and writes one suggestion per call to standard output.
Canonical input columns: id, received_at, call_type, call_code, priority, narrative, address, lat, lon,
beat, and the optional screening columns weapon, violence, injury, self_harm, domestic,
crime_in_progress (yes/no/unknown/empty). Other columns are ignored.
CSV output columns: id,response,ems,confidence,category,reasons (reasons joined with &quot; | &quot;).
Bad rows are reported on standard error with their line number and skipped.</source>
        <translation>Lee una exportación de CAD (CSV RFC 4180, UTF-8) y escribe una sugerencia por llamada en la salida estándar.
Columnas de entrada canónicas: id, received_at, call_type, call_code, priority, narrative, address, lat, lon,
beat y las columnas de evaluación opcionales weapon, violence, injury, self_harm, domestic,
crime_in_progress (yes/no/unknown/vacía). Las demás columnas se ignoran.
Columnas CSV de salida: id,response,ems,confidence,category,reasons (motivos unidos con &quot; | &quot;).
Las filas incorrectas se informan en la salida de error con su número de línea y se omiten.</translation>
    </message>
    <message>
        <source>triage reads one file; got %1</source>
        <translation>triage lee un archivo; se recibió %1</translation>
    </message>
    <message>
        <source>cannot write the output</source>
        <translation>no se puede escribir la salida</translation>
    </message>
</context>
<context>
    <name>rr::UnitBoard</name>
    <message>
        <source>Unit board</source>
        <translation>Tablero de unidades</translation>
    </message>
    <message>
        <source>Every unit with its kind, status and current call</source>
        <translation>Cada unidad con su tipo, estado y llamada actual</translation>
    </message>
</context>
<context>
    <name>rr::UnitStatus</name>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>despachada</translation>
    </message>
    <message>
        <source>en route</source>
        <translation>en camino</translation>
    </message>
    <message>
        <source>on scene</source>
        <translation>en el lugar</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>fuera de servicio</translation>
    </message>
    <message>
        <source>off shift</source>
        <translation>fuera de turno</translation>
    </message>
</context>
<context>
    <name>rr::UnitStore</name>
    <message>
        <source>unit %1: %2</source>
        <translation>unidad %1: %2</translation>
    </message>
    <message>
        <source>a status change needs a request id, a unit and a dispatcher</source>
        <translation>un cambio de estado necesita un id de petición, una unidad y un despachador</translation>
    </message>
    <message>
        <source>unknown unit status &apos;%1&apos;</source>
        <translation>estado de unidad desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no unit %1</source>
        <translation>no existe la unidad %1</translation>
    </message>
    <message>
        <source>unit %1: needs an id and a kind (unarmed, co_responder, police)</source>
        <translation>unidad %1: necesita un id y un tipo (unarmed, co_responder, police)</translation>
    </message>
</context>
<context>
    <name>rr::UnitTableModel</name>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
</context>
</TS>
