import subprocess, json
models=[l.split()[1] for l in open('/work/shared/qemu/help-texts/x86_64-cpu-help.txt') if l.startswith('x86 ')]
out={}
for m in models:
    r={}
    for name,smp in (('one','1'),('ht','2,threads=2')):
        p=subprocess.run(['qemu-system-x86_64','-S','-nodefaults','-no-user-config','-display','none','-accel','tcg','-M','pc','-smp',smp,'-cpu',m,'-qmp','stdio'],input='{"execute":"qmp_capabilities"}\n{"execute":"quit"}\n',capture_output=True,text=True,timeout=30)
        r[name]={'rc':p.returncode,'stderr':p.stderr}
    out[m]=r
json.dump(out,open('x86-models.json','w'),indent=1)
print(len(out))
